namespace FamilyBridge.Core.Caching;

/// <summary>
/// Something a node keeps in its own memory that a change on any node can make stale (the reading outline, the site
/// name, stored Liquid templates). Register it as this interface too, and forget it through
/// <see cref="CacheInvalidation"/> so every node forgets it, not only the one where the change was made.
/// </summary>
public interface INodeMemoryCache
{
    /// <summary>The name other nodes know this cache by.</summary>
    string CacheName { get; }

    void Forget();
}
