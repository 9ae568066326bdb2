using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Search;

/// <summary>The real site with the Spanish curriculum (content-recipes/es) imported beside the English one.</summary>
public sealed class SpanishSearchSiteFixture : IAsyncLifetime
{
    public SiteFactory Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = await SiteFactory.StartAsync();

        // Until setup imports the Spanish curriculum itself, the test brings it in as an editor's import would.
        foreach (var recipe in Directory.GetFiles(RepositoryFiles.Get("content-recipes/es"), "*.recipe.json").Order(StringComparer.Ordinal))
        {
            await Site.ImportRecipeAsync(recipe);
        }
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}

/// <summary>/es/search as a Spanish reader gets it, and /search as an English reader still gets it.</summary>
public sealed class SpanishSearchPageTests(SpanishSearchSiteFixture fixture) : IClassFixture<SpanishSearchSiteFixture>
{
    [Fact]
    public async Task Es_search_for_naloxona_shows_the_spanish_naloxone_lesson_first_in_spanish_words()
    {
        var page = await GetPageAsync("/es/search?q=naloxona");

        var first = page.QuerySelector(".search-results li")!;
        Assert.Equal("/es/un-hogar-con-menos-detonantes/naloxona-y-sobredosis", first.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Contains(first.QuerySelectorAll("mark"), m => m.TextContent.Equals("naloxona", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Lección", first.QuerySelector(".meta")!.TextContent);
        Assert.Matches(@"^\d+ resultados? para «naloxona»", page.QuerySelector("#search-count")!.TextContent);
        Assert.Equal("Buscar", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Buscar en lecciones y recursos", page.QuerySelector("label[for=search-q]")!.TextContent.Trim());
        Assert.Equal("/es/search", page.QuerySelector("form.search-form")!.GetAttribute("action"));
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_spanish_reader_sees_only_spanish_pages_and_an_english_reader_only_english_ones()
    {
        var spanish = Links(await GetPageAsync("/es/search?q=narcan"));
        var english = Links(await GetPageAsync("/search?q=narcan"));

        Assert.NotEmpty(spanish);
        Assert.All(spanish, href => Assert.StartsWith("/es/", href, StringComparison.Ordinal));
        Assert.Equal("/trigger-proofing-the-home/naloxone-and-overdose", english[0]);
        Assert.All(english, href => Assert.False(href.StartsWith("/es/", StringComparison.Ordinal), $"{href} is Spanish."));
    }

    [Fact]
    public async Task Each_results_page_links_to_the_same_search_in_the_other_language()
    {
        var spanish = await GetPageAsync("/es/search?q=naloxona");
        var english = await GetPageAsync("/search?q=naloxone");

        var toEnglish = spanish.QuerySelector(".search-other-languages a")!;
        var toSpanish = english.QuerySelector(".search-other-languages a")!;
        Assert.Equal("/language/en?returnUrl=" + Uri.EscapeDataString("/search?q=naloxona"), toEnglish.GetAttribute("href"));
        Assert.Equal("en", toEnglish.GetAttribute("hreflang"));
        Assert.Contains("La misma búsqueda en otro idioma", spanish.QuerySelector(".search-other-languages")!.TextContent);
        Assert.Equal("/language/es?returnUrl=" + Uri.EscapeDataString("/es/search?q=naloxone"), toSpanish.GetAttribute("href"));
        Assert.Equal("Español", toSpanish.TextContent.Trim());
    }

    [Fact]
    public async Task Following_the_link_to_spanish_lands_on_spanish_results_for_the_same_words()
    {
        var english = await GetPageAsync("/search?q=naloxona");
        var reader = fixture.Site.CreateReader();

        var switched = await reader.GetAsync(english.QuerySelector(".search-other-languages a")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var landed = await ParseAsync(await (await reader.GetAsync(switched.Headers.Location)).Content.ReadAsStringAsync());
        Assert.Equal("/es/un-hogar-con-menos-detonantes/naloxona-y-sobredosis", Links(landed)[0]);
    }

    [Fact]
    public async Task A_spanish_search_with_no_results_offers_help_in_spanish_and_spanish_lessons()
    {
        var page = await GetPageAsync("/es/search?q=qwxzvbn+plmokn");

        var empty = page.QuerySelector(".search-empty")!;
        Assert.Equal("No hay resultados para «qwxzvbn plmokn»", empty.QuerySelector("h2")!.TextContent);
        Assert.Contains("marque 2", empty.TextContent);
        Assert.Contains("AYUDA", empty.TextContent);
        Assert.Contains(empty.QuerySelectorAll("a"), a => a.GetAttribute("href") == "tel:988");
        var lessonLinks = empty.QuerySelectorAll("ul:last-of-type a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/es/entender-el-consumo-de-sustancias", lessonLinks);
        Assert.All(lessonLinks, href => Assert.StartsWith("/es/", href, StringComparison.Ordinal));
        Assert.Equal("/es/resources", empty.QuerySelector("a[href$='resources']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Spanish_filter_and_page_links_keep_the_reader_in_spanish()
    {
        var page = await GetPageAsync("/es/search?q=familia");

        var filterLinks = page.QuerySelectorAll(".search-filters a").Select(a => a.GetAttribute("href")!).ToList();
        var pageLinks = page.QuerySelectorAll(".search-pages a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.NotEmpty(filterLinks);
        Assert.NotEmpty(pageLinks);
        Assert.All(filterLinks.Concat(pageLinks), href => Assert.StartsWith("/es/search?q=familia", href, StringComparison.Ordinal));
        Assert.Contains("Todos los tipos", page.QuerySelector(".search-filters")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".search-pages a"), a => a.TextContent == "Página siguiente");
    }

    private static List<string> Links(IDocument page) =>
        [.. page.QuerySelectorAll(".search-results li h3 a").Select(a => a.GetAttribute("href")!)];

    private async Task<IDocument> GetPageAsync(string url)
    {
        var response = await fixture.Site.CreateReader().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(await response.Content.ReadAsStringAsync());
    }

    private static async Task<IDocument> ParseAsync(string html) =>
        await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
}
