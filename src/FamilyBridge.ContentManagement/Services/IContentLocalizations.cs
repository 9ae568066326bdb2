using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.ContentManagement.Services;

/// <summary>An item's translations: the other items of its <see cref="LocalizationPart.LocalizationSet"/>.</summary>
public interface IContentLocalizations
{
    /// <summary>Every item of the set in the given version (the item itself included), in no set order.</summary>
    Task<IReadOnlyList<ContentItem>> GetSetAsync(string localizationSet, VersionOptions options, CancellationToken cancellationToken = default);

    /// <summary>The item's twins in other cultures (not the item itself); empty when it has no LocalizationPart.</summary>
    Task<IReadOnlyList<ContentItem>> GetTwinsAsync(ContentItem item, VersionOptions options, CancellationToken cancellationToken = default);

    /// <summary>The item's twin written in <paramref name="culture"/>, or null.</summary>
    Task<ContentItem?> GetTwinAsync(ContentItem item, string culture, VersionOptions options, CancellationToken cancellationToken = default);
}
