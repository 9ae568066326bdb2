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
}
