using FamilyBridge.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.Search.Hosting;

/// <summary>
/// Builds the index from the database at start-up when it is missing or from an older version: the site waits for
/// that, so search never answers from an empty index. A usable index is only compared with the database (a recipe
/// imported from the command line publishes no events) after the site is up, so a restart serves readers at once.
/// </summary>
public sealed class SearchIndexInitializer(IServiceScopeFactory scopes, SearchIndex index, ILogger<SearchIndexInitializer> logger)
    : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _check = Task.CompletedTask;
    private bool _disposed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (NeedsRebuild())
        {
            await EnsureAsync(cancellationToken);
            return;
        }

        _check = Task.Run(() => EnsureAsync(_stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host may stop its services after disposing them (WebApplicationFactory does when a test host ends).
        if (!_disposed)
        {
            await _stopping.CancelAsync();
        }

        await _check.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose()
    {
        _disposed = true;
        _stopping.Dispose();
    }

    private bool NeedsRebuild()
    {
        try
        {
            return index.NeedsRebuild;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The search index could not be opened; it will be rebuilt.");
            return true;
        }
    }

    private async Task EnsureAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ContentIndexer>().EnsureIndexAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Lessons must stay readable when search cannot start; `search rebuild` repairs it later.
            logger.LogError(ex, "The search index could not be prepared; search may return no results until it is rebuilt.");
        }
    }
}
