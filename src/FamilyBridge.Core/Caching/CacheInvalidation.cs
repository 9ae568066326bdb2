using FamilyBridge.Core.Cluster;

namespace FamilyBridge.Core.Caching;

/// <summary>Makes every node forget a named <see cref="INodeMemoryCache"/>: this one at once, the others by a bus message.</summary>
public sealed class CacheInvalidation(IEnumerable<INodeMemoryCache> caches, IClusterBus bus) : IClusterMessageHandler
{
    public const string BusTopic = "cache-forget";

    public string Topic => BusTopic;

    public async Task ForgetEverywhereAsync(string cacheName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cacheName);
        ForgetHere(cacheName);
        await bus.PublishAsync(BusTopic, cacheName, cancellationToken);
    }

    public Task HandleAsync(string message, CancellationToken cancellationToken)
    {
        ForgetHere(message);
        return Task.CompletedTask;
    }

    private void ForgetHere(string cacheName)
    {
        foreach (var cache in caches)
        {
            if (cacheName == ClusterMessages.Resync || string.Equals(cache.CacheName, cacheName, StringComparison.Ordinal))
            {
                cache.Forget();
            }
        }
    }
}
