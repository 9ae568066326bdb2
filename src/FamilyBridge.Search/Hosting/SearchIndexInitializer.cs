using FamilyBridge.Search.Indexing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.Search.Hosting;

/// <summary>
/// Builds the index from the database at start-up when it is missing or from an older version: the site waits for
/// that, so search never answers from an empty index. A usable index catches up from the content change numbers
/// (changes other nodes, or a command-line import, made while this node was down) after the site is up, so a
/// restart serves readers at once; one numbered ahead of the database is rebuilt then.
/// </summary>
public sealed class SearchIndexInitializer(SearchIndexSync sync, SearchIndex index, ILogger<SearchIndexInitializer> logger)
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
            await sync.EnsureAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Lessons must stay readable when search cannot start; `search rebuild` repairs it later.
            logger.LogError(ex, "The search index could not be prepared; search may return no results until it is rebuilt.");
        }
    }
}
