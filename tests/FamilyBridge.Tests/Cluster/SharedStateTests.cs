using System.Text;
using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Reading.Shapes;
using FamilyBridge.Tests.Reading;
using FamilyBridge.Tests.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Cluster;

/// <summary>
/// Two nodes of one site (PostgreSQL + a real redis-server): what one node makes or changes, the other honours at
/// once — signed payloads, cached pages and in-memory caches.
/// </summary>
public sealed class SharedStateTests(TwoNodeFixture nodes) : IClassFixture<TwoNodeFixture>
{
    [Fact]
    public void A_payload_protected_on_node_A_unprotects_on_node_B()
    {
        // The purpose cookies and unsubscribe links use differs, but the key ring is one: any purpose proves it.
        var protectedOnA = nodes.A.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("FamilyBridge.Tests.Cluster").Protect("unsubscribe me");

        var onB = nodes.B.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("FamilyBridge.Tests.Cluster").Unprotect(protectedOnA);

        Assert.Equal("unsubscribe me", onB);
    }

    [Fact]
    public async Task A_tag_eviction_on_node_A_removes_the_page_node_B_stored()
    {
        var tag = "item:" + Guid.NewGuid().ToString("N");
        var key = "cluster-test-" + Guid.NewGuid().ToString("N");
        var storeOnA = nodes.A.Services.GetRequiredService<IOutputCacheStore>();
        var storeOnB = nodes.B.Services.GetRequiredService<IOutputCacheStore>();
        await storeOnB.SetAsync(key, Encoding.UTF8.GetBytes("<p>cached on B</p>"), [tag], TimeSpan.FromMinutes(5), CancellationToken.None);
        Assert.NotNull(await storeOnA.GetAsync(key, CancellationToken.None));

        await storeOnA.EvictByTagAsync(tag, CancellationToken.None);

        Assert.Null(await storeOnB.GetAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task A_lesson_retitled_through_node_A_shows_on_node_B_cached_page_included()
    {
        var (_, lessons) = await ReadingContent.CreateModuleAsync(nodes.A, "Title before the change");
        using var readerOnB = nodes.B.CreateReader();
        var path = $"/{lessons[0].Path}";
        await HtmlPage.GetAsync(readerOnB, path);
        var cached = await HtmlPage.GetAsync(readerOnB, path);
        Assert.NotNull(cached.Response.Headers.Age);
        Assert.Contains("Title before the change", cached.Text, StringComparison.Ordinal);

        await ReadingContent.RetitleAsync(nodes.A, lessons[0], "Title after the change");

        await ClusterNodes.WaitUntilAsync(
            async () => (await HtmlPage.GetAsync(readerOnB, path)).Text.Contains("Title after the change", StringComparison.Ordinal),
            "node B still serves the old title", TimeSpan.FromSeconds(2));
        var page = await HtmlPage.GetAsync(readerOnB, path);
        Assert.DoesNotContain("Title before the change", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_name_saved_through_node_A_is_forgotten_and_read_again_by_node_B()
    {
        var nameOnB = nodes.B.Services.GetRequiredService<SiteNameSource>();
        var before = await nameOnB.GetSiteNameAsync();
        var after = "Family support " + Guid.NewGuid().ToString("N")[..6];

        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ISiteSettingsService>().MergeAsync(new JsonObject { ["SiteName"] = after });
        }

        // Node B read the name before the change and keeps it in memory: only the broadcast makes it read again.
        await ClusterNodes.WaitUntilAsync(
            async () => await nameOnB.GetSiteNameAsync() == after, $"node B still calls the site \"{before}\"", TimeSpan.FromSeconds(2));
        Assert.NotEqual(before, after);
    }
}
