using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Search.Indexing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Search.Health;

/// <summary>
/// Ready when this node's index has applied the newest content change in the database. A node a little behind (a
/// change is being applied) is Degraded and still serves; one behind for longer than
/// <see cref="SearchOptions.MaxCatchUpDelay"/>, or still rebuilding, is Unhealthy. A check that finds the index
/// behind also wakes the catch-up, so a node that missed a wake-up message repairs itself.
/// </summary>
public sealed class SearchIndexHealthCheck(
    SearchIndex index,
    SearchIndexSync sync,
    IContentChangeFeed changes,
    IOptions<SearchOptions> options,
    TimeProvider clock) : IHealthCheck
{
    public const string Name = "search-index";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var latest = await changes.LatestNumberAsync(cancellationToken);
        var applied = index.NeedsRebuild ? null : index.ChangeNumber;
        var data = new Dictionary<string, object> { ["latestChange"] = latest, ["appliedChange"] = applied ?? -1 };
        if (applied >= latest)
        {
            sync.MarkCaughtUp();
            return HealthCheckResult.Healthy("The search index has every content change.", data);
        }

        sync.Wake();
        if (applied is null)
        {
            return HealthCheckResult.Unhealthy("The search index is being rebuilt.", data: data);
        }

        var behindFor = sync.BehindFor(clock.GetUtcNow());
        var description = $"The search index is {latest - applied} content changes behind.";
        return behindFor > options.Value.MaxCatchUpDelay
            ? HealthCheckResult.Unhealthy(description, data: data)
            : HealthCheckResult.Degraded(description, data: data);
    }
}
