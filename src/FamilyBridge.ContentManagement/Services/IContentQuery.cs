using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.ContentManagement.Services;

/// <summary>The reads the site needs, served by the thin index columns beside each document.</summary>
public interface IContentQuery
{
    /// <summary>The published item whose <c>AutoroutePart.Path</c> matches (case-insensitive, no slashes).</summary>
    Task<ContentItem?> GetPublishedByPathAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Items contained in a list (<c>ContainedPart.ListContentItemId</c>), by <c>Order</c>.</summary>
    Task<IReadOnlyList<ContentItem>> GetListItemsAsync(string listContentItemId, VersionOptions options, CancellationToken cancellationToken = default);

    /// <summary>Items of one type, e.g. every published <c>Module</c>.</summary>
    Task<IReadOnlyList<ContentItem>> GetByTypeAsync(string contentType, VersionOptions options, CancellationToken cancellationToken = default);

    /// <summary>Every item in the given version (e.g. all published items, for rebuilding the search index), oldest first.</summary>
    Task<IReadOnlyList<ContentItem>> GetAllAsync(VersionOptions options, CancellationToken cancellationToken = default);

    /// <summary>Items by id in the order asked (content pickers); ids with no such version are left out.</summary>
    Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// The admin list: one summary per item (its latest version, or its last version when in the trash), most
    /// recently changed first, one page at a time.
    /// </summary>
    Task<ContentListPage> ListAsync(ContentListFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Whether another item's latest or published version already uses this path (case-insensitive).</summary>
    Task<bool> IsPathTakenAsync(string path, string exceptContentItemId, CancellationToken cancellationToken = default);
}
