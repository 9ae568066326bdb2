using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Search;

/// <summary>One real site (SQLite, setup recipe and curriculum imported at start) shared by the page tests.</summary>
public sealed class SearchSiteFixture : IAsyncLifetime
{
    public SiteFactory Site { get; private set; } = null!;

    public async Task InitializeAsync() => Site = await SiteFactory.StartAsync();

    public async Task DisposeAsync() => await Site.DisposeAsync();
}

/// <summary>The results page at /search as a reader gets it.</summary>
public sealed class SearchPageTests(SearchSiteFixture fixture) : IClassFixture<SearchSiteFixture>
{
    public static TheoryData<string> HostileQueryStrings => new()
    {
        "q=%22",
        "q=%22naloxone",
        "q=*",
        "q=%3F",
        "q=AND+OR+NOT",
        "q=title%3Analoxone",
        "q=%3A",
        "q=%2B-%26%26%7C%7C!(%29%7B%7D%5B%5D%5E%22~*%3F%3A%5C%2F",
        "q=%F0%9F%98%80",
        "q=%00%01",
        "q=" + new string('a', 6_000),
        "q=naloxone&page=abc",
        "q=naloxone&page=-1",
        "q=naloxone&page=99999999999999",
        "q=naloxone&type=%3Cscript%3E",
        "q=naloxone&module=..%2F..%2Fetc",
        "q=naloxone&q=narcan",
        "q=",
        "",
    };

    [Fact]
    public async Task Narcan_shows_the_naloxone_lesson_first_with_matched_words_marked()
    {
        var page = await GetPageAsync("/search?q=narcan");

        var first = page.QuerySelector(".search-results li")!;
        Assert.Equal("/trigger-proofing-the-home/naloxone-and-overdose", first.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Contains(first.QuerySelectorAll("mark"), m => m.TextContent.Equals("naloxone", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Lesson", first.QuerySelector(".meta")!.TextContent);
        Assert.Contains("Trigger-proofing the home", first.QuerySelector(".meta")!.TextContent);
        Assert.Matches(@"^\d+ results? for “narcan”", page.QuerySelector("#search-count")!.TextContent);
        Assert.Equal("narcan", page.QuerySelector("input#search-q")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("label[for=search-q]"));
    }

    [Fact]
    public async Task Naloxone_results_mark_only_naloxone_its_synonyms_and_the_whole_phrase_overdose_reversal()
    {
        var page = await GetPageAsync("/search?q=naloxone");
        var analyzer = new FamilyBridge.Search.Indexing.SearchAnalyzer();
        var allowed = new HashSet<string>(StringComparer.Ordinal) { "naloxon", "narcan", "kloxxado", "rivive", "zimhi" };

        var marks = page.QuerySelectorAll("main mark").Select(m => m.TextContent).ToList();

        Assert.NotEmpty(marks);
        Assert.All(marks, mark =>
        {
            // "overdose reversal" is a synonym only as a whole: a lone "overdose" or "reversal" must not be marked.
            var stems = analyzer.Tokenize(mark).Select(t => t.Term).ToList();
            Assert.All(stems.Select((stem, i) => (stem, i)), s => Assert.True(
                allowed.Contains(s.stem)
                    || (s.stem == "overdos" && s.i + 1 < stems.Count && stems[s.i + 1] == "revers")
                    || (s.stem == "revers" && s.i > 0 && stems[s.i - 1] == "overdos"),
                $"“{mark}” is marked but is not the query's word or a synonym of it."));
        });
    }

    [Fact]
    public async Task The_results_page_has_one_search_box_and_folds_its_filters_behind_a_summary_of_the_choice()
    {
        var page = await GetPageAsync("/search?q=naloxone&type=Resource");

        Assert.Single(page.QuerySelectorAll("main input[type=search]"));
        Assert.All(page.QuerySelectorAll("form.site-search"), header => Assert.True(header.HasAttribute("hidden")));
        var filters = page.QuerySelector("details.search-filters")!;
        Assert.False(filters.HasAttribute("open"));
        Assert.Equal("Filter results Resources · All modules", FamilyBridge.Tests.Web.HtmlPage.Collapse(filters.QuerySelector("summary")!.TextContent));
        Assert.Null((await GetPageAsync("/")).QuerySelector("form.site-search[hidden]"));
    }

    [Fact]
    public async Task Content_is_encoded_never_injected()
    {
        await using (var scope = fixture.Site.Services.CreateAsyncScope())
        {
            var lesson = SearchContent.Lesson("les-hostile", "none", "Quokka <script>alert(1)</script> & <b>friends</b>",
                "hostile/quokka", "A quokka <img src=x onerror=alert(2)> story about \"quotes\" & <i>tags</i>.");
            await scope.ServiceProvider.GetRequiredService<IContentManager>().CreateAsync(lesson, publish: true);
        }

        var response = await fixture.Site.CreateReader().GetAsync("/search?q=quokka");
        var html = await response.Content.ReadAsStringAsync();
        var page = await ParseAsync(html);

        var title = page.QuerySelector(".search-results h3 a")!;
        Assert.Equal("Quokka <script>alert(1)</script> & <b>friends</b>", title.TextContent);
        Assert.Equal("Quokka", title.QuerySelector("mark")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script, main img, main b, main i"));
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html);
    }

    [Theory]
    [MemberData(nameof(HostileQueryStrings))]
    public async Task Any_query_string_gets_a_results_page(string queryString)
    {
        var response = await fixture.Site.CreateReader().GetAsync("/search?" + queryString);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Search", page.QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public async Task No_results_offers_the_crisis_lines_and_the_lessons()
    {
        var page = await GetPageAsync("/search?q=qwxzvbn+plmokn");

        var empty = page.QuerySelector(".search-empty")!;
        Assert.Contains("No results for “qwxzvbn plmokn”", empty.QuerySelector("h2")!.TextContent);
        Assert.NotNull(empty.QuerySelector("a[href='tel:988']"));
        Assert.NotNull(empty.QuerySelector("a[href='tel:911']"));
        Assert.NotNull(empty.QuerySelector("a[href='/enabling-or-supporting']"));
        Assert.NotNull(empty.QuerySelector("a[href='/resources']"));
    }

    [Fact]
    public async Task Filters_are_plain_links_that_narrow_the_results()
    {
        var page = await GetPageAsync("/search?q=naloxone");
        var resourcesLink = page.QuerySelectorAll(".search-filters a").Single(a => a.TextContent.StartsWith("Resources", StringComparison.Ordinal));

        var filtered = await GetPageAsync(resourcesLink.GetAttribute("href")!);

        Assert.All(filtered.QuerySelectorAll(".search-results .meta"), m => Assert.StartsWith("Resource", m.TextContent, StringComparison.Ordinal));
        Assert.Equal("true", filtered.QuerySelectorAll(".search-filters a").Single(a => a.TextContent.StartsWith("Resources", StringComparison.Ordinal)).GetAttribute("aria-current"));
        Assert.Matches(@"\((\d+)\)", resourcesLink.TextContent);
        Assert.Equal(
            resourcesLink.TextContent.Split('(', ')')[1],
            filtered.QuerySelector("#search-count")!.TextContent.Split(' ')[0]);
    }

    [Fact]
    public async Task Long_result_lists_are_paged_and_the_current_page_is_marked()
    {
        var first = await GetPageAsync("/search?q=family+recovery+treatment+support");
        var current = first.QuerySelector(".search-pages a[aria-current=page]")!;
        var next = first.QuerySelector(".search-pages a[rel=next]")!;

        var second = await GetPageAsync(next.GetAttribute("href")!);

        Assert.Equal("Page 1", current.TextContent);
        Assert.Equal("Page 2", second.QuerySelector(".search-pages a[aria-current=page]")!.TextContent);
        Assert.Equal("11", second.QuerySelector(".search-results")!.GetAttribute("start"));
    }

    private async Task<IDocument> GetPageAsync(string url)
    {
        var response = await fixture.Site.CreateReader().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(await response.Content.ReadAsStringAsync());
    }

    private static async Task<IDocument> ParseAsync(string html) =>
        await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
}
