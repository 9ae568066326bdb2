using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Editor.Pages.Admin.Types;

/// <summary>One content type: its parts in order, and the fields of each part.</summary>
[Authorize(Policy = AdminPolicies.Editor)]
public sealed class TypeModel(IContentDefinitionManager definitions, IAuthorizationService authorization) : PageModel
{
    public ContentTypeDefinition Type { get; private set; } = default!;

    public IReadOnlyList<(ContentTypePartDefinition Part, IReadOnlyList<ContentPartFieldDefinition> Fields)> Parts { get; private set; } = [];

    public bool CanAddField { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeDefinitionAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        Type = type;
        List<(ContentTypePartDefinition, IReadOnlyList<ContentPartFieldDefinition>)> parts = [];
        foreach (var part in type.Parts)
        {
            var definition = await definitions.GetPartDefinitionAsync(part.PartName, cancellationToken);
            parts.Add((part, definition?.Fields ?? []));
        }

        Parts = parts;
        CanAddField = (await authorization.AuthorizeAsync(User, AdminPolicies.Administrator)).Succeeded;
        return Page();
    }

    public static string Describe(ContentPartFieldDefinition field) => field.FieldName switch
    {
        "TextField" => "Text",
        "NumericField" => "Number",
        "BooleanField" => "Yes or no",
        "LinkField" => "Link",
        "ContentPickerField" => "Chosen content",
        var other => other,
    };

    /// <summary>The hint wherever a recipe put it: the kind's own settings (Orchard) or the common ones.</summary>
    public static string? HintOf(ContentPartFieldDefinition field) =>
        field.Hint ?? ((field.Settings[field.FieldName + "Settings"] as System.Text.Json.Nodes.JsonObject)?["Hint"] is System.Text.Json.Nodes.JsonValue v
            && v.TryGetValue<string>(out var s) ? s : null);
}
