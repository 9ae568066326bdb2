using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.ContentManagement.Services;

/// <summary>Creates, versions and publishes content items, with Orchard's version rules.</summary>
public interface IContentManager
{
    /// <summary>A new, unsaved item of a defined type with fresh ids and the type's parts present.</summary>
    Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default);

    /// <summary>Saves a new item as a draft, or published when <paramref name="publish"/> is true.</summary>
    Task CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>Every version of an item, oldest first.</summary>
    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the item's document as the latest draft. When the latest version is published, a new draft
    /// version is made and the published one keeps serving readers. Returns the saved version.
    /// </summary>
    Task<ContentItem> SaveDraftAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>
    /// The latest version's concurrency stamp: an editor form keeps it and passes it back to
    /// <see cref="SaveDraftAsync(ContentItem, string, CancellationToken)"/>. Null when the item has no latest version.
    /// </summary>
    Task<string?> GetConcurrencyStampAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="SaveDraftAsync(ContentItem, CancellationToken)"/>, but only if nobody saved, published or removed
    /// the item since <paramref name="expectedConcurrencyStamp"/> was read.
    /// </summary>
    /// <exception cref="ContentConcurrencyException">Someone else changed the item in between; nothing was saved.</exception>
    Task<ContentItem> SaveDraftAsync(ContentItem item, string expectedConcurrencyStamp, CancellationToken cancellationToken = default);

    /// <summary>Publishes the latest version; the previously published version stops being published.</summary>
    Task PublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    Task UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Removes the item (all versions stop being latest and published).</summary>
    Task RemoveAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes a removed item out of the trash: its last version becomes the latest draft again (readers see it only
    /// once it is published). Returns that draft, or null when the item does not exist or is not in the trash.
    /// </summary>
    Task<ContentItem?> RestoreAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Copies an old version into a new draft version on top of the history (the published version keeps serving
    /// readers). Returns the new draft, or null when the version does not exist or its item is in the trash.
    /// </summary>
    Task<ContentItem?> RestoreVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets <c>ContainedPart.Order</c> on the latest and the published version in place: ordering is about the
    /// list, not a change of the item's words, so it makes no new version and needs no publish.
    /// </summary>
    Task SetOrderAsync(string contentItemId, int order, CancellationToken cancellationToken = default);
}
