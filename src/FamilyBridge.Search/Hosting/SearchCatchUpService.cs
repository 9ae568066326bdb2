using FamilyBridge.Search.Indexing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.Search.Hosting;

/// <summary>
/// Catches the index up whenever it is woken: by another node's content change (a bus message), or by the
/// readiness check finding it behind. Changes made on this node are applied by the content event handlers in the
/// request that made them, so this loop sleeps on a one-node site.
/// </summary>
public sealed class SearchCatchUpService(SearchIndexSync sync, ILogger<SearchCatchUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sync.WaitForWakeAsync(stoppingToken);
                await sync.CatchUpAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                // The host is being torn down around this loop.
                return;
            }
            catch (Exception ex)
            {
                // The next wake-up (a later change, or the readiness check) tries again from the same number.
                logger.LogError(ex, "The search index could not catch up with the content changes.");
            }
        }
    }
}
