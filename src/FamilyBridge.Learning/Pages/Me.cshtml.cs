using System.Security.Claims;
using FamilyBridge.Learning.Models;
using FamilyBridge.Learning.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Learning.Pages;

/// <summary>
/// A reader's own page: where to continue, each module's progress, their notes, checklists and knowledge-check
/// history. Reads only; never cached (see the output cache's private areas).
/// </summary>
[Authorize]
public sealed class MeModel(LearningService learning) : PageModel
{
    public LearnerDashboard Dashboard { get; private set; } = new(null, [], [], [], []);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return Challenge();
        }

        Response.Headers.CacheControl = "no-store";
        Dashboard = await learning.GetDashboardAsync(userId, cancellationToken);
        return Page();
    }
}
