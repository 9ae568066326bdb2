using FamilyBridge.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.Search.Hosting;

/// <summary>Builds the index from the database at start-up when it is missing or from an older version.</summary>
public sealed class SearchIndexInitializer(IServiceScopeFactory scopes, ILogger<SearchIndexInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
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

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
