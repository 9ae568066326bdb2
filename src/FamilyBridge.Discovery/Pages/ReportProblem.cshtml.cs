using FamilyBridge.Discovery.Models;
using FamilyBridge.Discovery.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Discovery.Pages;

/// <summary>The editorial policy's "report an error" form: a reader tells the editors, by email through the outbox.</summary>
public sealed class ReportProblemModel(ProblemReports reports) : PageModel
{
    [BindProperty]
    public ProblemReportInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public void OnGet([FromQuery] string? page)
    {
        Input.Page = page;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await reports.SendAsync(Input, SiteAddress.BaseUri(Request), cancellationToken);
        return RedirectToPage(new { sent = true });
    }
}
