using FamilyBridge.ContentManagement.Data;
using FamilyBridge.ContentManagement.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.ContentManagement.Services;

/// <summary>
/// Finds a set's items without an index column: a set id is 26 random characters, so the documents that contain it
/// are (all but always) exactly the set's items; each is then checked through its typed part. A set holds one item
/// per language, so this reads a handful of documents.
/// </summary>
public sealed class ContentLocalizations(ContentDbContext db) : IContentLocalizations
{
    public async Task<IReadOnlyList<ContentItem>> GetSetAsync(string localizationSet, VersionOptions options, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(localizationSet))
        {
            return [];
        }

        var records = await ContentQuery.Versions(db.ContentItems.AsNoTracking(), options)
            .Where(r => r.Document.Contains(localizationSet))
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return [.. records
            .Select(ContentJson.ToItem)
            .Where(i => string.Equals(LocalizationPart.Of(i)?.LocalizationSet, localizationSet, StringComparison.Ordinal))];
    }

    public async Task<IReadOnlyList<ContentItem>> GetTwinsAsync(ContentItem item, VersionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (LocalizationPart.Of(item) is not { } part)
        {
            return [];
        }

        var set = await GetSetAsync(part.LocalizationSet, options, cancellationToken);
        return [.. set.Where(i => i.ContentItemId != item.ContentItemId)];
    }

    public async Task<ContentItem?> GetTwinAsync(ContentItem item, string culture, VersionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var twins = await GetTwinsAsync(item, options, cancellationToken);
        return twins.FirstOrDefault(t => LocalizationPart.Of(t) is { } p && LocalizationPart.SameLanguage(p.Culture, culture));
    }
}
