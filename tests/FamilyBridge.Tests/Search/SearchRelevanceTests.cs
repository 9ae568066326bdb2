using FamilyBridge.Search.Models;

namespace FamilyBridge.Tests.Search;

public sealed class SearchRelevanceTests : IAsyncLifetime
{
    private IndexedContent _content = null!;

    public async Task InitializeAsync() => _content = await IndexedContent.CreateAsync(SampleCurriculum.Items);

    public Task DisposeAsync()
    {
        _content.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Narcan_finds_the_naloxone_lesson_first()
    {
        var paths = await _content.PathsAsync("narcan");

        Assert.Equal(SampleCurriculum.NaloxoneLesson, paths[0]);
        Assert.Contains("resources/where-to-get-naloxone", paths);
    }

    [Theory]
    [InlineData("alanon")]
    [InlineData("Al-Anon")]
    [InlineData("al anon")]
    public async Task Every_spelling_of_Al_Anon_finds_Al_Anon(string query)
    {
        var results = await _content.SearchAsync(query);

        Assert.Contains("Al-Anon", results.Hits[0].Title.ToString());
        Assert.Contains(results.Hits, h => h.Url == "/" + SampleCurriculum.AlAnonLesson);
    }

    [Fact]
    public async Task A_misspelled_word_finds_the_lesson_it_meant()
    {
        var results = await _content.SearchAsync("enabeling");

        Assert.True(results.UsedTypoTolerance);
        Assert.Equal("/" + SampleCurriculum.EnablingLesson, results.Hits[0].Url);
        Assert.Contains(results.Hits[0].Snippet.Segments, s => s.IsMatch && s.Text.StartsWith("enabl", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_correctly_spelled_word_does_not_pull_in_near_spellings()
    {
        var results = await _content.SearchAsync("naloxone");

        Assert.False(results.UsedTypoTolerance);
    }

    [Fact]
    public async Task A_quoted_phrase_matches_only_the_phrase()
    {
        var unquoted = await _content.PathsAsync("natural consequences");
        var quoted = await _content.PathsAsync("\"natural consequences\"");

        Assert.Contains("enabling-or-supporting/money", unquoted);
        Assert.Equal([SampleCurriculum.ConsequencesLesson], quoted);
    }

    [Fact]
    public async Task A_worried_sentence_finds_the_lesson_on_locking_up_medicines()
    {
        var paths = await _content.PathsAsync("my son stole my pills");

        Assert.Equal(SampleCurriculum.LockUpLesson, paths[0]);
    }

    [Fact]
    public async Task Crisis_words_find_the_crisis_line()
    {
        Assert.Equal("resources/988", (await _content.PathsAsync("suicide"))[0]);
        Assert.Equal("resources/988", (await _content.PathsAsync("crisis line"))[0]);
    }

    [Fact]
    public async Task Drafts_are_never_found()
    {
        var results = await _content.SearchAsync(SampleCurriculum.DraftWord);

        Assert.Equal(0, results.Total);
        Assert.DoesNotContain(SampleCurriculum.DraftLesson, await _content.PathsAsync("naloxone"));
    }

    [Fact]
    public async Task A_lesson_shows_its_module_and_the_snippet_marks_the_synonym_that_matched()
    {
        var hit = (await _content.SearchAsync("narcan")).Hits[0];

        Assert.Equal("Trigger-proofing the home", hit.ModuleTitle);
        Assert.Equal("Lesson", hit.ContentType);
        Assert.Contains(hit.Title.Segments, s => s.IsMatch && s.Text == "Naloxone");
        Assert.Contains(hit.Snippet.Segments, s => s.IsMatch && s.Text.Equals("naloxone", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Filters_narrow_results_and_counts_say_what_each_filter_holds()
    {
        var all = await _content.SearchAsync("naloxone");
        var resources = await _content.SearchAsync("naloxone", type: "Resource");
        var home = await _content.SearchAsync("naloxone", module: SampleCurriculum.HomeModule);

        Assert.All(resources.Hits, h => Assert.Equal("Resource", h.ContentType));
        Assert.Equal(all.Types.Single(t => t.Key == "Resource").Count, resources.Total);
        Assert.All(home.Hits, h => Assert.Equal(SampleCurriculum.HomeModule, h.ModuleKey));
        Assert.Equal(all.Modules.Single(m => m.Key == SampleCurriculum.HomeModule).Count, home.Total);
        Assert.Equal("Trigger-proofing the home", all.Modules.Single(m => m.Key == SampleCurriculum.HomeModule).Label);
        Assert.True(resources.Types.Single(t => t.Key == "Resource").Selected);
        Assert.Contains(resources.Types, t => t.Key == "Lesson" && t.Count > 0);
    }

    [Fact]
    public async Task Pages_hold_ten_results_and_a_page_past_the_end_shows_the_last_one()
    {
        var items = Enumerable.Range(1, 23)
            .Select(i => SearchContent.Lesson($"l{i}", "m", $"Boundaries part {i}", $"boundaries/{i}", "Setting boundaries kindly."))
            .ToList();
        using var content = await IndexedContent.CreateAsync(items);

        var first = await content.SearchAsync("boundaries");
        var third = await content.SearchAsync("boundaries", page: 3);
        var beyond = await content.SearchAsync("boundaries", page: 99);

        Assert.Equal((23, 10, 3), (first.Total, first.Hits.Count, first.PageCount));
        Assert.Equal((3, 3), (third.Page, third.Hits.Count));
        Assert.Equal((3, 3), (beyond.Page, beyond.Hits.Count));
        var everyPath = first.Hits.Concat((await content.SearchAsync("boundaries", page: 2)).Hits).Concat(third.Hits).Select(h => h.Url);
        Assert.Equal(23, everyPath.Distinct().Count());
    }

    [Fact]
    public async Task The_module_list_is_in_curriculum_order()
    {
        var modules = await _content.Service.GetModulesAsync();

        Assert.Equal(["Enabling or supporting?", "Trigger-proofing the home", "Support for you"], modules.Select(m => m.Title));
        Assert.Equal("/" + SampleCurriculum.EnablingModule, modules[0].Url);
    }

    [Fact]
    public async Task Types_that_are_not_public_content_are_never_indexed()
    {
        var circleUpdate = SearchContent.Page("circle-1", "Day 30 in recovery", "circles/1", "A private update about naloxone.");
        circleUpdate.ContentType = "CircleUpdate";
        using var content = await IndexedContent.CreateAsync([circleUpdate]);

        Assert.Equal(0, (await content.SearchAsync("naloxone")).Total);
        Assert.Equal(0, (await content.SearchAsync("recovery")).Total);
    }
}
