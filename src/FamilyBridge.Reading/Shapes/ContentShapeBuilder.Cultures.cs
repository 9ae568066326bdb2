using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.Reading.Shapes;

public sealed partial class ContentShapeBuilder
{
    /// <summary>
    /// The item's published translations. Modules and lessons come from the in-memory outline (no query on a lesson
    /// page); other types (pages, resources) are looked up by their LocalizationSet.
    /// </summary>
    public async Task<IReadOnlyList<ContentItem>> FindPublishedTwinsAsync(ContentItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (LocalizationPart.Of(item) is not { } part)
        {
            return [];
        }

        if (item.ContentType is ReadingOutline.ModuleType or ReadingOutline.LessonType)
        {
            var snapshot = await outline.GetAsync(cancellationToken);
            return [.. snapshot.ById.Values.Where(i => i.ContentItemId != item.ContentItemId
                && string.Equals(LocalizationPart.Of(i)?.LocalizationSet, part.LocalizationSet, StringComparison.Ordinal))];
        }

        return await localizations.GetTwinsAsync(item, VersionOptions.Published, cancellationToken);
    }

    /// <summary>The published twin of <paramref name="item"/> in the reader's language, or null.</summary>
    public async Task<ContentItem?> FindPublishedTwinInAsync(ContentItem item, string culture, CancellationToken cancellationToken)
    {
        var twins = await FindPublishedTwinsAsync(item, cancellationToken);
        return twins.FirstOrDefault(t => cultures.IsIn(t, culture));
    }
}
