using System.ComponentModel.DataAnnotations;
using FamilyBridge.ContentManagement.Display.Liquid;
using FamilyBridge.Core.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Editor.Pages.Admin.Templates;

/// <summary>
/// Creates or edits one stored Liquid template. A template that does not parse is not saved: the page comes back
/// with the parser's message, its line, and the text as typed.
/// </summary>
[Authorize(Policy = AdminPolicies.Administrator)]
public sealed class EditModel(StoredLiquidTemplates templates) : PageModel
{
    /// <summary>Large enough for Orchard's agency landing page several times over; a bound against pasting a file by mistake.</summary>
    public const int MaxTemplateLength = 100_000;

    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    /// <summary>True when the page edits a stored template (its name is then fixed).</summary>
    public bool Existing { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(name))
        {
            return Page();
        }

        var shapeName = LiquidTemplateNames.ToShapeName(name);
        if (shapeName is null || !(await templates.LoadAsync(cancellationToken)).TryGetValue(shapeName, out var source))
        {
            return NotFound();
        }

        Input = new TemplateInput { Name = shapeName, Source = source };
        Existing = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var shapeName = LiquidTemplateNames.ToShapeName(Input.Name);
        Existing = shapeName is not null && (await templates.LoadAsync(cancellationToken)).ContainsKey(shapeName);
        if (shapeName is null)
        {
            ModelState.AddModelError("Input.Name", "Enter a name such as Content-BlogPost or Content_Summary__BlogPost: letters, digits, -, _ and . only.");
        }

        if (Input.Source.Length > MaxTemplateLength)
        {
            ModelState.AddModelError("Input.Source", $"The template is longer than {MaxTemplateLength:N0} characters.");
        }
        else if (LiquidContentRenderer.DescribeParseError(Input.Source) is { } error)
        {
            ModelState.AddModelError("Input.Source", $"The template was not saved. {error}");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await templates.SaveAsync(shapeName!, Input.Source, cancellationToken);
        TempData["Status"] = $"Saved the template {shapeName}. Public pages show it from the next visit.";
        return RedirectToPage("Index");
    }

    public sealed class TemplateInput
    {
        [Required(ErrorMessage = "Enter the template's name.")]
        [StringLength(200)]
        public string Name { get; set; } = "";

        public string Source { get; set; } = "";
    }
}
