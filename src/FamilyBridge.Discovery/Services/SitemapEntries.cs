using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Core.Localization;

namespace FamilyBridge.Discovery.Services;

/// <summary>One page in the sitemap, with the page's address in every language it exists in (hreflang).</summary>
public sealed record SitemapEntry(string Path, DateTime Modified, IReadOnlyDictionary<string, string> Alternates);

/// <summary>
/// The sitemap's pages: the home page and the resource directory in every culture the site speaks, and each published
/// item at its own path. Translations of one item (one <c>LocalizationSet</c>) name each other, as Google's hreflang
/// sitemaps ask: every version lists every version, itself included.
/// </summary>
public static class SitemapEntries
{
    public static IReadOnlyList<SitemapEntry> Build(IReadOnlyList<ContentItem> items, SiteCultureOptions cultures)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(cultures);
        var entries = new List<SitemapEntry>();
        var lastChange = items.Select(PublicContent.LastChange).DefaultIfEmpty(DateTime.UnixEpoch).Max();
        var resourcesChange = items.Where(i => i.ContentType == "Resource").Select(PublicContent.LastChange).DefaultIfEmpty(DateTime.UnixEpoch).Max();
        AddInEveryCulture(entries, "/", lastChange, cultures);
        AddInEveryCulture(entries, "/resources", resourcesChange, cultures);

        var sets = items
            .Where(i => LocalizationPart.Of(i) is not null)
            .GroupBy(i => LocalizationPart.Of(i)!.LocalizationSet, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var item in items.OrderBy(i => i.Path, StringComparer.Ordinal))
        {
            var alternates = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (LocalizationPart.Of(item) is { } part && sets[part.LocalizationSet].Count > 1)
            {
                foreach (var version in sets[part.LocalizationSet].OrderBy(v => v.Path, StringComparer.Ordinal))
                {
                    alternates.TryAdd(LocalizationPart.CultureOf(version, cultures.DefaultCulture), "/" + version.Path);
                }
            }

            entries.Add(new SitemapEntry("/" + item.Path, PublicContent.LastChange(item), alternates));
        }

        return [.. entries.DistinctBy(e => e.Path)];
    }

    private static void AddInEveryCulture(List<SitemapEntry> entries, string path, DateTime modified, SiteCultureOptions cultures)
    {
        var alternates = cultures.SupportedCultures.ToDictionary(
            c => c.Name,
            c => cultures.PathPrefix(c.Name) + (path == "/" && cultures.PathPrefix(c.Name).Length > 0 ? "/" : path),
            StringComparer.OrdinalIgnoreCase);
        foreach (var address in alternates.Values)
        {
            entries.Add(new SitemapEntry(address, modified, alternates));
        }
    }
}
