using FamilyBridge.ContentManagement.Display.Liquid;
using FamilyBridge.Core.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Editor.Pages.Admin.Templates;

/// <summary>The stored Liquid templates (Orchard's <c>Templates</c> step) by name, for administrators only.</summary>
[Authorize(Policy = AdminPolicies.Administrator)]
public sealed class IndexModel(StoredLiquidTemplates templates) : PageModel
{
    public IReadOnlyList<string> Names { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Names = [.. (await templates.LoadAsync(cancellationToken)).Keys.Order(StringComparer.Ordinal)];

    public async Task<IActionResult> OnPostDeleteAsync(string? name, CancellationToken cancellationToken)
    {
        if (LiquidTemplateNames.ToShapeName(name) is { } shapeName && (await templates.LoadAsync(cancellationToken)).ContainsKey(shapeName))
        {
            await templates.DeleteAsync(shapeName, cancellationToken);
            Status = $"Deleted the template {shapeName}. Pages use the theme's own template again.";
        }

        return RedirectToPage();
    }
}
