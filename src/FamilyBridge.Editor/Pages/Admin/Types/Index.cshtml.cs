using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Editor.Pages.Admin.Types;

/// <summary>Every content type with its parts and fields, read from the definitions recipes write.</summary>
[Authorize(Policy = AdminPolicies.Editor)]
public sealed class IndexModel(IContentDefinitionManager definitions) : PageModel
{
    public IReadOnlyList<TypeRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var parts = (await definitions.ListPartDefinitionsAsync(cancellationToken)).ToDictionary(p => p.Name, StringComparer.Ordinal);
        Rows = [.. (await definitions.ListTypeDefinitionsAsync(cancellationToken))
            .OrderBy(t => t.DisplayName, StringComparer.CurrentCulture)
            .Select(t => new TypeRow(t, parts.TryGetValue(t.Name, out var own) ? own.Fields.Count : 0))];
    }

    public sealed record TypeRow(ContentTypeDefinition Type, int FieldCount);
}
