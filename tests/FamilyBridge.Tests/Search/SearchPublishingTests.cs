using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Search;

/// <summary>The index follows what editors publish, through the real content engine on SQLite.</summary>
public sealed class SearchPublishingTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _appData = new("familybridge-search-site");
    private ContentSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await ContentSite.StartAsync(_appData.Path);
        await _site.CreateAsync(SearchContent.Module("mod-home", "Trigger-proofing the home", "trigger-proofing-the-home"), publish: true);
        await _site.CreateAsync(
            SearchContent.Lesson("les-naloxone", "mod-home", "Naloxone and overdose: what to do", "trigger-proofing-the-home/naloxone",
                "Naloxone reverses an opioid overdose. Call 911 and give the nasal spray."),
            publish: true);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public void Dispose() => _appData.Dispose();

    [Fact]
    public async Task A_published_lesson_is_found_with_its_module()
    {
        var hit = Assert.Single((await _site.SearchAsync("narcan")).Hits);

        Assert.Equal("Naloxone and overdose: what to do", hit.Title.ToString());
        Assert.Equal("/trigger-proofing-the-home/naloxone", hit.Url);
        Assert.Equal("Trigger-proofing the home", hit.ModuleTitle);
    }

    [Fact]
    public async Task Unpublishing_a_lesson_removes_it_from_results()
    {
        await _site.WithContentAsync(m => m.UnpublishAsync("les-naloxone"));

        Assert.Equal(0, (await _site.SearchAsync("naloxone")).Total);

        await _site.WithContentAsync(m => m.PublishAsync("les-naloxone"));

        Assert.Equal(1, (await _site.SearchAsync("naloxone")).Total);
    }

    [Fact]
    public async Task Removing_a_lesson_removes_it_from_results()
    {
        await _site.WithContentAsync(m => m.RemoveAsync("les-naloxone"));

        Assert.Equal(0, (await _site.SearchAsync("naloxone")).Total);
    }

    [Fact]
    public async Task A_draft_edit_changes_nothing_until_it_is_published()
    {
        await _site.WithContentAsync(async m =>
        {
            var lesson = (await m.GetAsync("les-naloxone", VersionOptions.Latest))!;
            lesson.GetOrCreatePart("TitlePart")["Title"] = "Naloxone, step by step";
            lesson.GetOrCreatePart("MarkdownBodyPart")["Markdown"] = "Kneel beside them. Tilt the head back. Spray in one nostril.";
            await m.SaveDraftAsync(lesson);
        });

        Assert.Equal(["Naloxone and overdose: what to do"], await _site.TitlesAsync("naloxone"));
        Assert.Equal(0, (await _site.SearchAsync("nostril")).Total);

        await _site.WithContentAsync(m => m.PublishAsync("les-naloxone"));

        Assert.Equal(["Naloxone, step by step"], await _site.TitlesAsync("naloxone"));
        Assert.Equal(1, (await _site.SearchAsync("nostril")).Total);
        Assert.Equal(0, (await _site.SearchAsync("opioid")).Total);
    }

    [Fact]
    public async Task Drafts_and_private_content_are_never_indexed_not_even_by_a_rebuild()
    {
        await _site.CreateAsync(
            SearchContent.Lesson("les-draft", "mod-home", "Pill counting (draft)", "trigger-proofing-the-home/draft", "Count the zephyrine pills."),
            publish: false);
        var circleUpdate = SearchContent.Page("circle-update", "Thirty days", "circles/abc/updates/1", "Private zephyrine news from a circle.");
        circleUpdate.ContentType = "CircleUpdate";
        await _site.CreateAsync(circleUpdate, publish: true);

        Assert.Equal(0, (await _site.SearchAsync("zephyrine")).Total);

        var output = new StringWriter();
        var exitCode = await _site.InScopeAsync(sp => RebuildCommand(sp).RunAsync([], output, CancellationToken.None));

        Assert.Equal(0, exitCode);
        Assert.Contains("2 published items", output.ToString());
        Assert.Equal(0, (await _site.SearchAsync("zephyrine")).Total);
        Assert.Equal(1, (await _site.SearchAsync("naloxone")).Total);
    }

    [Fact]
    public async Task Renaming_a_module_relabels_its_lessons()
    {
        await _site.WithContentAsync(async m =>
        {
            var module = (await m.GetAsync("mod-home", VersionOptions.Latest))!;
            module.GetOrCreatePart("TitlePart")["Title"] = "A safer home";
            await m.SaveDraftAsync(module);
            await m.PublishAsync("mod-home");
        });

        var lesson = (await _site.SearchAsync("naloxone")).Hits.Single(h => h.ContentType == "Lesson");
        Assert.Equal("A safer home", lesson.ModuleTitle);
    }

    [Fact]
    public async Task Search_rebuild_rejects_arguments_with_a_message()
    {
        var error = await Assert.ThrowsAsync<Core.CommandLine.CommandLineException>(() =>
            _site.InScopeAsync(sp => RebuildCommand(sp).RunAsync(["now"], TextWriter.Null, CancellationToken.None)));

        Assert.Contains("no arguments", error.Message);
    }

    private static Core.CommandLine.ICommandLineCommand RebuildCommand(IServiceProvider services) =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetServices<Core.CommandLine.ICommandLineCommand>(services)
            .Single(c => c.Words.SequenceEqual(["search", "rebuild"]));
}
