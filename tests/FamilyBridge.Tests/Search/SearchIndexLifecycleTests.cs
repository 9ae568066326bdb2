using FamilyBridge.Search.Indexing;
using FamilyBridge.Search.Models;
using FamilyBridge.Tests.Infrastructure;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Search;

/// <summary>The index on disk: built at start-up when missing or outdated, safe under concurrent use.</summary>
public sealed class SearchIndexLifecycleTests
{
    [Fact]
    public async Task A_missing_index_is_rebuilt_from_the_database_at_start_up()
    {
        using var appData = new TempFolder("familybridge-search-site");
        await using (var site = await ContentSite.StartAsync(appData.Path))
        {
            await site.CreateAsync(SearchContent.Resource("res-988", "988 Suicide & Crisis Lifeline", "resources/988", "Crisis line", "Call or text 988."), publish: true);
        }

        System.IO.Directory.Delete(Path.Combine(appData.Path, "search"), recursive: true);
        await using var restarted = await ContentSite.StartAsync(appData.Path);

        Assert.Equal(["988 Suicide & Crisis Lifeline"], await restarted.TitlesAsync("crisis line"));
    }

    [Fact]
    public async Task An_index_built_by_an_older_version_is_rebuilt_at_start_up()
    {
        using var appData = new TempFolder("familybridge-search-site");
        await using (var site = await ContentSite.StartAsync(appData.Path))
        {
            await site.CreateAsync(SearchContent.Page("page-about", "About FamilyBridge", "about", "A free site for families."), publish: true);
        }

        // What an older release left: an index of other fields, marked with its own version.
        using (var directory = FSDirectory.Open(new DirectoryInfo(Path.Combine(appData.Path, "search"))))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48)) { OpenMode = OpenMode.CREATE }))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["familybridge.search.version"] = "0" });
            writer.Commit();
        }

        await using var restarted = await ContentSite.StartAsync(appData.Path);

        Assert.Equal(["About FamilyBridge"], await restarted.TitlesAsync("families"));
        Assert.False(restarted.Services.GetRequiredService<SearchIndex>().NeedsRebuild);
    }

    [Fact]
    public async Task A_current_index_is_kept_at_start_up()
    {
        using var appData = new TempFolder("familybridge-search-site");
        await using (var site = await ContentSite.StartAsync(appData.Path))
        {
            await site.CreateAsync(SearchContent.Page("page-about", "About FamilyBridge", "about", "A free site for families."), publish: true);
            await site.InScopeAsync(sp => sp.GetRequiredService<ContentIndexer>().RebuildAsync());
        }

        await using var restarted = await ContentSite.StartAsync(appData.Path);
        var rebuilt = await restarted.InScopeAsync(sp => sp.GetRequiredService<ContentIndexer>().EnsureIndexAsync());

        Assert.False(rebuilt);
        Assert.Equal(["About FamilyBridge"], await restarted.TitlesAsync("about"));
    }

    [Fact]
    public async Task Concurrent_publishes_and_searches_all_succeed()
    {
        using var content = await IndexedContent.CreateAsync(SampleCurriculum.Items);
        var writes = Enumerable.Range(0, 40).Select(i => Task.Run(() => content.Index.UpsertAsync(new SearchDocument
        {
            ContentItemId = $"concurrent-{i}",
            ContentType = "Lesson",
            Title = $"Kangaroo care, part {i}",
            Path = $"boundaries/{i}",
            Body = "Saying no with love.",
        })));
        var reads = Enumerable.Range(0, 40).Select(_ => Task.Run(() => content.SearchAsync("kangaroo")));

        await Task.WhenAll([.. writes, .. reads]);

        Assert.Equal(40, (await content.SearchAsync("kangaroo")).Total);
        Assert.Equal(SampleCurriculum.NaloxoneLesson, (await content.PathsAsync("narcan"))[0]);
    }
}
