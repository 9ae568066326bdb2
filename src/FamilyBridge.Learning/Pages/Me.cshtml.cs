using System.Globalization;
using System.Security.Claims;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Core.Localization;
using FamilyBridge.Learning.Models;
using FamilyBridge.Learning.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Learning.Pages;

/// <summary>
/// A reader's own page: where to continue, each module's progress, their notes, checklists and knowledge-check
/// history. Reads only; never cached (see the output cache's private areas).
/// </summary>
[Authorize]
public sealed class MeModel(LearningService learning, IOptions<SiteCultureOptions> cultures) : PageModel
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
        var dashboard = await learning.GetDashboardAsync(userId, cancellationToken);
        // Each module exists once per language (twins linked by LocalizationPart): list the reader's language's
        // modules, plus any other module they already made progress in, so nothing they did disappears.
        Dashboard = dashboard with
        {
            Modules = [.. dashboard.Modules.Where(m => m.Done > 0 || InReadersLanguage(m.Module))],
        };
        return Page();
    }

    private bool InReadersLanguage(ContentItem item) =>
        LocalizationPart.IsIn(item, CultureInfo.CurrentUICulture.Name, cultures.Value.DefaultCulture);
}
