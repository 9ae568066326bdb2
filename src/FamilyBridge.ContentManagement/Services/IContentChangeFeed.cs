using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.ContentManagement.Services;

/// <summary>
/// The numbered changes to published content, oldest first (see <c>ContentChangeRecord</c>): what a node that keeps
/// its own copy of published content (the search index) reads to catch up.
/// </summary>
public interface IContentChangeFeed
{
    /// <summary>The newest change number, or 0 when there has been none.</summary>
    Task<long> LatestNumberAsync(CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="max"/> changes numbered above <paramref name="afterNumber"/>, in number order.</summary>
    Task<IReadOnlyList<ContentChange>> ReadAfterAsync(long afterNumber, int max, CancellationToken cancellationToken = default);
}
