using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Localization;
using FamilyBridge.Editor.Models;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Editor.Services;

/// <summary>
/// An item's translations the Orchard way: twins share <c>LocalizationPart.LocalizationSet</c> and each names its
/// <c>Culture</c>. Creating a translation clones the latest version into a new draft item in the other culture,
/// as Orchard's <c>ContentLocalizationManager.LocalizeAsync</c> does, with a web address under the culture's prefix.
/// </summary>
public sealed class ContentTranslations(
    IContentManager content,
    IContentQuery query,
    IOptions<SiteCultureOptions> cultures)
{
    private const string PartName = "LocalizationPart";

    // What a copy must not take from its source: its identity, its history and its state.
    private static readonly string[] NotCopied =
    [
        "ContentItemId", "ContentItemVersionId", "ContentType", "Latest", "Published",
        "CreatedUtc", "ModifiedUtc", "PublishedUtc", "Owner", "Author",
    ];

    public string DefaultCulture => cultures.Value.DefaultCulture;

    /// <summary>The cultures the site speaks, the default first.</summary>
    public IReadOnlyList<string> Cultures =>
        [.. cultures.Value.SupportedCultures.Select(c => c.Name).OrderBy(c => c != DefaultCulture).ThenBy(c => c, StringComparer.Ordinal)];

    /// <summary>The item's set and culture; an item without a culture is in the site's default culture.</summary>
    public ItemLocalization LocalizationOf(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var part = item.GetPart(PartName);
        return new ItemLocalization(Text(part?["LocalizationSet"]), Text(part?["Culture"]) is { Length: > 0 } culture ? culture : DefaultCulture);
    }

    /// <summary>Gives a new item a set and the default culture, as Orchard's LocalizationPartHandler does on create.</summary>
    public void StampNew(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.GetPart(PartName) is { } part && Text(part["LocalizationSet"]) is null)
        {
            part["LocalizationSet"] = ContentIds.New();
            part["Culture"] = Text(part["Culture"]) ?? DefaultCulture;
        }
    }

    /// <summary>The other items of the set (latest versions), by culture.</summary>
    public async Task<IReadOnlyList<ContentItem>> TwinsAsync(ContentItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var set = LocalizationOf(item).Set;
        if (set is null)
        {
            return [];
        }

        // Twins share the type (a translation is a clone), so one type's items are all there is to look through.
        var sameType = await query.GetByTypeAsync(item.ContentType, VersionOptions.Latest, cancellationToken);
        return [.. sameType.Where(i => i.ContentItemId != item.ContentItemId && LocalizationOf(i).Set == set)
            .OrderBy(i => LocalizationOf(i).Culture, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The source's twin in <paramref name="targetCulture"/>: the one that exists, or a new draft copied from the
    /// source's latest version. Returns null when the culture is not one the site speaks or is the source's own.
    /// </summary>
    public async Task<(ContentItem Item, bool Created)?> TranslateAsync(ContentItem source, string targetCulture, string ownerId, string? author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var culture = Cultures.FirstOrDefault(c => string.Equals(c, targetCulture, StringComparison.OrdinalIgnoreCase));
        var from = LocalizationOf(source);
        if (culture is null || string.Equals(culture, from.Culture, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if ((await TwinsAsync(source, cancellationToken)).FirstOrDefault(t => Same(LocalizationOf(t).Culture, culture)) is { } existing)
        {
            return (existing, false);
        }

        var set = from.Set ?? await GiveSetAsync(source, cancellationToken);
        var copy = await content.NewAsync(source.ContentType, cancellationToken);
        foreach (var (key, value) in source.Document)
        {
            if (!NotCopied.Contains(key, StringComparer.Ordinal))
            {
                copy.Document[key] = value?.DeepClone();
            }
        }

        copy.Owner = ownerId;
        copy.Author = author;
        var part = copy.GetOrCreatePart(PartName);
        part["LocalizationSet"] = set;
        part["Culture"] = culture;
        var container = await TwinContainerAsync(copy, culture, cancellationToken);
        if (container is not null)
        {
            copy.GetOrCreatePart("ContainedPart")["ListContentItemId"] = container.ContentItemId;
        }

        if (source.Path is { Length: > 0 } path)
        {
            copy.GetOrCreatePart("AutoroutePart")["Path"] = await FreePathAsync(TranslatedPath(path, from.Culture, culture, container?.Path), copy.ContentItemId, cancellationToken);
        }

        await content.CreateAsync(copy, publish: false, cancellationToken);
        return (copy, true);
    }

    /// <summary>"understanding/what-is" in English is "es/understanding/what-is" in Spanish, and back again.</summary>
    public string TranslatedPath(string path, string fromCulture, string toCulture, string? containerPath)
    {
        ArgumentNullException.ThrowIfNull(path);
        var rest = path.Trim('/');
        var fromPrefix = cultures.Value.PathPrefix(fromCulture).TrimStart('/');
        if (fromPrefix.Length > 0 && rest.StartsWith(fromPrefix + "/", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[(fromPrefix.Length + 1)..];
        }

        if (containerPath is { Length: > 0 })
        {
            // A lesson lives under its module: the translated lesson under the translated module.
            return containerPath.Trim('/') + "/" + rest[(rest.LastIndexOf('/') + 1)..];
        }

        var toPrefix = cultures.Value.PathPrefix(toCulture).TrimStart('/');
        return toPrefix.Length > 0 ? toPrefix + "/" + rest : rest;
    }

    // As Orchard's ContainedPartLocalizationHandler: a translated lesson belongs to its module's twin in that culture.
    private async Task<ContentItem?> TwinContainerAsync(ContentItem copy, string culture, CancellationToken cancellationToken)
    {
        if (Text(copy.GetPart("ContainedPart")?["ListContentItemId"]) is not { } listId
            || await content.GetAsync(listId, VersionOptions.Latest, cancellationToken) is not { } list)
        {
            return null;
        }

        return (await TwinsAsync(list, cancellationToken)).FirstOrDefault(t => Same(LocalizationOf(t).Culture, culture));
    }

    private async Task<string> FreePathAsync(string path, string contentItemId, CancellationToken cancellationToken)
    {
        var candidate = path;
        for (var n = 2; await query.IsPathTakenAsync(candidate, contentItemId, cancellationToken); n++)
        {
            candidate = $"{path}-{n}";
        }

        return candidate;
    }

    // An item made before translations existed gets its set now, on its latest version; when that version is the
    // published one it is published again, so readers' page and the editor's draft stay the same words.
    private async Task<string> GiveSetAsync(ContentItem source, CancellationToken cancellationToken)
    {
        var set = ContentIds.New();
        var latest = source.Clone();
        var part = latest.GetOrCreatePart(PartName);
        part["LocalizationSet"] = set;
        part["Culture"] = LocalizationOf(source).Culture;
        await content.SaveDraftAsync(latest, cancellationToken);
        if (source.Published)
        {
            await content.PublishAsync(source.ContentItemId, cancellationToken);
        }

        return set;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
}
