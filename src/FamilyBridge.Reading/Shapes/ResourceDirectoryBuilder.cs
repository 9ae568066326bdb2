using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Theme.Models;

namespace FamilyBridge.Reading.Shapes;

/// <summary>
/// Groups published resources in one language by <c>Kind</c>, the most urgent kinds first (content-recipes/README.md).
/// <c>Kind</c> stays the English key in every language, so the groups and their order are the same.
/// </summary>
public static class ResourceDirectoryBuilder
{
    public const string ResourceType = "Resource";

    private static readonly string[] KindOrder =
        ["Emergency", "Crisis line", "Helpline", "Naloxone", "Family support group", "Treatment locator", "Medicine disposal"];

    public static async Task<ResourceDirectoryViewModel> BuildAsync(IContentQuery query, Func<ContentItem, bool> inLanguage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var resources = await query.GetByTypeAsync(ResourceType, VersionOptions.Published, cancellationToken);
        var groups = resources
            .Where(inLanguage)
            .GroupBy(r => r.GetText("Resource", "Kind")?.Trim() is { Length: > 0 } kind ? kind : "Other")
            .OrderBy(g => Array.IndexOf(KindOrder, g.Key) is var i and >= 0 ? i : KindOrder.Length)
            .ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ResourceGroup(g.Key, [.. g
                .OrderBy(r => r.GetNumber("Resource", "Order") ?? decimal.MaxValue)
                .ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase)]))
            .ToList();
        return new ResourceDirectoryViewModel(groups);
    }
}
