using FamilyBridge.Core.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.Search.Indexing;

/// <summary>
/// This node's one way to bring its index up to the database: a rebuild when the index cannot be trusted, else
/// catching up from the content change numbers. Calls queue, so a publish here and a wake-up from another node never
/// write at once. <see cref="Wake"/> asks the background loop (<c>SearchCatchUpService</c>) to catch up soon.
/// </summary>
public sealed class SearchIndexSync(IServiceScopeFactory scopes, ILogger<SearchIndexSync> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly Lock _behindGate = new();
    private DateTimeOffset? _behindSince;

    /// <summary>Rebuilds the index when it cannot be trusted, then catches up. Returns true if it rebuilt.</summary>
    public async Task<bool> EnsureAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var indexer = scope.ServiceProvider.GetRequiredService<ContentIndexer>();
            var rebuilt = await indexer.EnsureIndexAsync(cancellationToken);
            var applied = await indexer.CatchUpAsync(cancellationToken);
            if (rebuilt || applied > 0)
            {
                await EvictSearchPagesAsync(scope.ServiceProvider, cancellationToken);
            }

            return rebuilt;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies the content changes this index has not seen yet. Returns how many.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var applied = await scope.ServiceProvider.GetRequiredService<ContentIndexer>().CatchUpAsync(cancellationToken);
            if (applied > 0)
            {
                logger.LogDebug("Search index caught up {Count} content changes.", applied);
                await EvictSearchPagesAsync(scope.ServiceProvider, cancellationToken);
            }

            return applied;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Asks the background loop to catch up; several calls before it runs make one catch-up.</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: the coming catch-up reads everything committed by then.
        }
    }

    /// <summary>How long checks have found the index behind without a check finding it caught up in between.</summary>
    public TimeSpan BehindFor(DateTimeOffset now)
    {
        lock (_behindGate)
        {
            _behindSince ??= now;
            return now - _behindSince.Value;
        }
    }

    public void MarkCaughtUp()
    {
        lock (_behindGate)
        {
            _behindSince = null;
        }
    }

    internal Task WaitForWakeAsync(CancellationToken cancellationToken) => _wake.WaitAsync(cancellationToken);

    public void Dispose()
    {
        _gate.Dispose();
        _wake.Dispose();
    }

    // Search pages cached from this index before it had the change (the output cache may be shared by every node)
    // must go once it has it. Without an output cache (a host that only searches) there is nothing to evict.
    private static async Task EvictSearchPagesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetService<IOutputCacheStore>() is { } store)
        {
            await store.EvictByTagAsync(PublicPageCache.SearchTag, cancellationToken);
        }
    }
}
