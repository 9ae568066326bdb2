using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.Discovery.Services;

/// <summary>The published items that have a public page of their own: what the sitemap lists and the feed draws from.</summary>
public sealed class PublicContent(IContentQuery query)
{
    /// <summary>Types shown at their own path to anyone. Circles and anything private are never content items.</summary>
    public static readonly IReadOnlyList<string> PublicTypes = ["Module", "Lesson", "Resource", "Page"];

    public async Task<IReadOnlyList<ContentItem>> PublishedAsync(CancellationToken cancellationToken)
    {
        var items = new List<ContentItem>();
        foreach (var type in PublicTypes)
        {
            items.AddRange((await query.GetByTypeAsync(type, VersionOptions.Published, cancellationToken))
                .Where(i => !string.IsNullOrEmpty(i.Path)));
        }

        return items;
    }

    public static DateTime LastChange(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.ModifiedUtc ?? item.PublishedUtc ?? item.CreatedUtc ?? DateTime.UnixEpoch;
    }
}
