using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Models;

/// <summary>
/// Orchard's <c>LocalizationPart</c>: items that are translations of each other share one <see cref="LocalizationSet"/>
/// and differ in <see cref="Culture"/> (<c>"LocalizationPart": { "LocalizationSet": "…", "Culture": "es" }</c>). Each
/// twin stays its own item, with its own path, versions and publishing; only the set links them.
/// </summary>
public sealed record LocalizationPart(string LocalizationSet, string Culture)
{
    public const string PartName = "LocalizationPart";

    /// <summary>The item's part, or null when it has none or the part lacks a set or a culture.</summary>
    public static LocalizationPart? Of(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var part = item.GetPart(PartName);
        var set = Read(part?[nameof(LocalizationSet)]);
        var culture = Read(part?[nameof(Culture)]);
        return string.IsNullOrWhiteSpace(set) || string.IsNullOrWhiteSpace(culture) ? null : new LocalizationPart(set.Trim(), culture.Trim());
    }

    /// <summary>
    /// The culture an item is written in: its part's culture, or <paramref name="defaultCulture"/> for an item that
    /// never said (everything written before the site spoke two languages is in the default one).
    /// </summary>
    public static string CultureOf(ContentItem item, string defaultCulture) => Of(item)?.Culture ?? defaultCulture;

    /// <summary>Whether the item is written in <paramref name="culture"/> (<c>es</c> matches <c>es-MX</c> and back).</summary>
    public static bool IsIn(ContentItem item, string culture, string defaultCulture) =>
        SameLanguage(CultureOf(item, defaultCulture), culture);

    public static bool SameLanguage(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return string.Equals(Language(a), Language(b), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Writes this part into the item, keeping any other property Orchard or an import put there.</summary>
    public void WriteTo(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var part = item.GetOrCreatePart(PartName);
        part[nameof(LocalizationSet)] = LocalizationSet;
        part[nameof(Culture)] = Culture;
    }

    private static string Language(string culture)
    {
        var dash = culture.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? culture : culture[..dash];
    }

    private static string? Read(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
