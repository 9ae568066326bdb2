using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Search.Indexing;
using FamilyBridge.Search.Models;
using FamilyBridge.Search.Services;
using FamilyBridge.Tests.Infrastructure;
using FamilyBridge.Tests.Search;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Cluster;

/// <summary>Each node keeps its own search index and catches up from the content change numbers in the database.</summary>
public sealed class ClusterSearchTests(TwoNodeFixture nodes) : IClassFixture<TwoNodeFixture>
{
    [Fact]
    public async Task A_resource_published_through_node_A_is_found_by_search_on_node_B_once_woken()
    {
        var word = "Quokka" + Guid.NewGuid().ToString("N")[..6];
        var changeOnB = nodes.B.Services.GetRequiredService<SearchIndex>().ChangeNumber;

        await PublishResourceAsync(nodes.A, word);

        // Node B has no poll: only the message node A sent after its commit makes B look at the database.
        var delay = await ClusterNodes.WaitUntilAsync(
            async () => await FoundAsync(nodes.B, word), "search on node B does not find what node A published", TimeSpan.FromSeconds(5));
        Assert.True(nodes.B.Services.GetRequiredService<SearchIndex>().ChangeNumber > changeOnB);
        Assert.True(delay < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_node_started_after_changes_catches_up_from_its_last_change_number()
    {
        var c = await nodes.Cluster.StartNodeAsync();
        var appData = c.AppDataPath;
        var stoppedAt = c.Services.GetRequiredService<SearchIndex>().ChangeNumber;
        Assert.NotNull(stoppedAt);
        await nodes.Cluster.StopNodeAsync(c);
        var word = "Wombat" + Guid.NewGuid().ToString("N")[..6];
        await PublishResourceAsync(nodes.A, word);

        var restarted = await nodes.Cluster.StartNodeAsync(appData);

        await ClusterNodes.WaitUntilAsync(() => FoundAsync(restarted, word), "the restarted node does not find what was published while it was down");
        long latest;
        await using (var scope = restarted.Services.CreateAsyncScope())
        {
            latest = await scope.ServiceProvider.GetRequiredService<IContentChangeFeed>().LatestNumberAsync();
        }

        Assert.True(latest > stoppedAt);
        await ClusterNodes.WaitUntilAsync(
            () => Task.FromResult(restarted.Services.GetRequiredService<SearchIndex>().ChangeNumber >= latest),
            "the restarted node's index did not reach the newest change number");
    }

    private static async Task PublishResourceAsync(SiteFactory node, string word)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var id = "res" + Guid.NewGuid().ToString("N")[..20];
        await scope.ServiceProvider.GetRequiredService<IContentManager>().CreateAsync(
            SearchContent.Resource(id, $"{word} family line", $"resources/{id}", "A line for families", $"Call the {word} line any time."),
            publish: true);
    }

    private static async Task<bool> FoundAsync(SiteFactory node, string word) =>
        (await node.Services.GetRequiredService<ISearchService>().SearchAsync(new SearchRequest { Query = word })).Total > 0;
}
