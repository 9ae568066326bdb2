using System.ComponentModel.DataAnnotations;
using FamilyBridge.Accounts.Models;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Admin;
using FamilyBridge.Editor.Models;
using FamilyBridge.Editor.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Editor.Pages.Admin.Types;

/// <summary>Adds a Text, Numeric or Boolean field to a type, stored in Orchard's definition shape and audited.</summary>
[Authorize(Policy = AdminPolicies.Administrator)]
public sealed class AddFieldModel(
    IContentDefinitionManager definitions,
    IContentAuditLog audit,
    UserManager<AccountUser> users) : PageModel
{
    public ContentTypeDefinition Type { get; private set; } = default!;

    [BindProperty]
    public FieldInput Input { get; set; } = new();

    public static IReadOnlyList<(string Value, string Label)> Kinds { get; } =
        [("TextField", "Text"), ("NumericField", "Number"), ("BooleanField", "Yes or no")];

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeDefinitionAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        Type = type;
        Input.Kind = "TextField";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeDefinitionAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        Type = type;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var field = new NewContentField(Input.Name!.Trim(), Input.DisplayName!.Trim(), Input.Kind!, Input.Hint);
        try
        {
            await definitions.AddFieldAsync(type.Name, field, cancellationToken);
        }
        catch (ContentDefinitionException e)
        {
            ModelState.AddModelError(e.Message.Contains("field type", StringComparison.Ordinal) ? "Input.Kind" : "Input.Name", e.Message);
            return Page();
        }

        await audit.RecordAsync(
            users.GetUserId(User)!,
            ContentAuditActions.DefinitionChanged,
            null,
            $"added the {Input.Kind} {field.Name} (“{field.DisplayName}”) to {type.DisplayName}",
            cancellationToken);
        TempData["Status"] = $"Added the field “{field.DisplayName}” to {type.DisplayName}.";
        return Redirect(Request.PathBase + $"/admin/types/{type.Name}");
    }

    public sealed class FieldInput
    {
        [Required(ErrorMessage = "Enter a technical name, for example ReadingLevel.")]
        [RegularExpression("^[A-Za-z][A-Za-z0-9_]{0,63}$",
            ErrorMessage = "The technical name must start with a letter and use only letters, digits and underscores (no spaces), up to 64 characters.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter the name editors will see, for example Reading level.")]
        [StringLength(100, ErrorMessage = "Keep the display name to 100 characters or fewer.")]
        public string? DisplayName { get; set; }

        [Required(ErrorMessage = "Choose a field type.")]
        [RegularExpression("^(TextField|NumericField|BooleanField)$", ErrorMessage = "Choose a field type: Text, Number or Yes or no.")]
        public string? Kind { get; set; }

        [StringLength(300, ErrorMessage = "Keep the hint to 300 characters or fewer.")]
        public string? Hint { get; set; }
    }
}
