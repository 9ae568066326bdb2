using System.Net;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Reading;

/// <summary>
/// The Spanish curriculum the setup recipe imports, read under <c>/es/</c>: each item in its own language, linked
/// to its twin, and every list (home, module, lesson navigation, resources) in one language only.
/// </summary>
public sealed class SpanishReadingTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    private const string SpanishLesson = "/es/entender-el-consumo-de-sustancias/que-es-un-trastorno-por-consumo";
    private const string EnglishLesson = "/understanding-substance-use/what-a-substance-use-disorder-is";

    [Fact]
    public async Task A_spanish_lesson_under_es_is_in_spanish_and_links_its_english_twin_in_hreflang_and_the_switcher()
    {
        using var client = fixture.Site.CreateReader();

        var page = await HtmlPage.GetAsync(client, SpanishLesson);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("es", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Qué es un trastorno por consumo de sustancias", page.Texts("h1").Single());
        Assert.Equal(
            "https://familybridge.test" + EnglishLesson,
            page.Document.QuerySelector("link[rel=alternate][hreflang=en]")?.GetAttribute("href"));
        Assert.Equal(
            "https://familybridge.test" + SpanishLesson,
            page.Document.QuerySelector("link[rel=alternate][hreflang=es]")?.GetAttribute("href"));
        Assert.Contains(
            page.Document.QuerySelectorAll("a[hreflang=en]"),
            a => a.GetAttribute("href") == "/language/en?returnUrl=" + Uri.EscapeDataString(EnglishLesson));
    }

    [Fact]
    public async Task An_english_lesson_stays_english_for_a_reader_whose_cookie_says_spanish_and_offers_its_spanish_twin()
    {
        using var client = fixture.Site.CreateReader();
        await client.GetAsync(new Uri("/language/es?returnUrl=%2Fes%2F", UriKind.Relative));

        var page = await HtmlPage.GetAsync(client, EnglishLesson);

        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("What a substance use disorder is", page.Texts("h1").Single());
        Assert.Contains(
            page.Document.QuerySelectorAll("a[hreflang=es]"),
            a => a.GetAttribute("href") == "/language/es?returnUrl=" + Uri.EscapeDataString(SpanishLesson));
    }

    [Fact]
    public async Task The_spanish_home_lists_only_the_spanish_modules_and_the_english_home_only_the_english_ones()
    {
        using var client = fixture.Site.CreateReader();

        var spanish = await HtmlPage.GetAsync(client, "/es/");
        var english = await HtmlPage.GetAsync(client, "/");
        var spanishModules = ModuleLinks(spanish);
        var englishModules = ModuleLinks(english);

        Assert.Equal(6, spanishModules.Count);
        Assert.All(spanishModules, href => Assert.StartsWith("/es/", href, StringComparison.Ordinal));
        Assert.Contains("/es/entender-el-consumo-de-sustancias", spanishModules);
        Assert.Equal(6, englishModules.Count);
        Assert.All(englishModules, href => Assert.False(href.StartsWith("/es/", StringComparison.Ordinal), href));
    }

    [Fact]
    public async Task A_spanish_module_lists_its_spanish_lessons_in_order()
    {
        using var client = fixture.Site.CreateReader();

        var page = await HtmlPage.GetAsync(client, "/es/facilitar-o-apoyar");
        var lessons = page.Document.QuerySelectorAll("main a[href^='/es/facilitar-o-apoyar/']").Select(a => a.GetAttribute("href")).Distinct().ToList();

        Assert.Equal("es", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(5, lessons.Count);
        Assert.Equal("/es/facilitar-o-apoyar/la-seguridad-primero", lessons[0]);
    }

    [Fact]
    public async Task The_next_lesson_after_a_spanish_modules_last_lesson_is_the_next_spanish_modules_first_lesson()
    {
        using var client = fixture.Site.CreateReader();

        var page = await HtmlPage.GetAsync(client, "/es/entender-el-consumo-de-sustancias/donde-buscar-ayuda");
        var next = page.Document.QuerySelector("a[rel=next]")?.GetAttribute("href");
        var previous = page.Document.QuerySelector("a[rel=prev]")?.GetAttribute("href");

        Assert.Equal("/es/facilitar-o-apoyar/la-seguridad-primero", next);
        Assert.Equal("/es/entender-el-consumo-de-sustancias/alcohol-estimulantes-y-mas", previous);
    }

    [Fact]
    public async Task The_spanish_resource_directory_lists_only_spanish_resources_and_the_english_one_only_english()
    {
        using var client = fixture.Site.CreateReader();

        var spanish = await HtmlPage.GetAsync(client, "/es/resources");
        var english = await HtmlPage.GetAsync(client, "/resources");
        var spanishLinks = ResourceLinks(spanish);
        var englishLinks = ResourceLinks(english);

        Assert.NotEmpty(spanishLinks);
        Assert.All(spanishLinks, href => Assert.StartsWith("/es/recursos/", href, StringComparison.Ordinal));
        Assert.Contains("/es/recursos/linea-988", spanishLinks);
        Assert.NotEmpty(englishLinks);
        Assert.All(englishLinks, href => Assert.StartsWith("/resources/", href, StringComparison.Ordinal));
        Assert.Equal(englishLinks.Count, spanishLinks.Count);
    }

    [Fact]
    public async Task A_spanish_trust_page_is_served_under_es_and_an_english_page_name_under_es_leads_to_it()
    {
        using var client = fixture.Site.CreateReader();

        var redirect = await client.GetAsync(new Uri("/es/privacy", UriKind.Relative));
        var page = await HtmlPage.GetAsync(client, "/es/privacidad");

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/es/privacidad", redirect.Headers.Location?.OriginalString);
        Assert.Equal("Aviso de privacidad", page.Texts("h1").Single());
        Assert.Equal("es", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("https://familybridge.test/privacy", page.Document.QuerySelector("link[rel=alternate][hreflang=en]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_spanish_path_without_the_es_prefix_and_an_unknown_path_under_es_are_not_found()
    {
        using var client = fixture.Site.CreateReader();

        var unprefixed = await client.GetAsync(new Uri("/entender-el-consumo-de-sustancias", UriKind.Relative));
        var unknown = await client.GetAsync(new Uri("/es/no-such-lesson", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, unprefixed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_knowledge_check_of_a_spanish_lesson_posted_under_es_is_scored_on_the_spanish_page()
    {
        using var client = fixture.Site.CreateReader();
        ContentItem lesson;
        await using (var scope = fixture.Site.Services.CreateAsyncScope())
        {
            lesson = (await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetPublishedByPathAsync(SpanishLesson.TrimStart('/')))!;
        }

        var answers = lesson.GetBagItems("Questions").ToDictionary(
            q => "answer-" + q.ContentItemId,
            q => ((int)q.GetNumber("KnowledgeCheckQuestion", "CorrectChoice")!).ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var form = new FormUrlEncodedContent(answers);
        var page = await HtmlPage.ParseAsync(await client.PostAsync(new Uri(SpanishLesson, UriKind.Relative), form));

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("es", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(answers.Count, page.Document.QuerySelectorAll(".knowledge-check fieldset.is-right").Length);
        Assert.Equal("Qué es un trastorno por consumo de sustancias", page.Texts("h1").Single());
    }

    [Fact]
    public async Task A_cached_english_page_offers_its_spanish_twin_as_soon_as_the_twin_is_published()
    {
        using var client = fixture.Site.CreateReader();
        var slug = "twin-test-" + Guid.NewGuid().ToString("N")[..8];
        var set = ContentIds.New();
        await ReadingContent.RunAsync(fixture.Site, async content =>
        {
            await content.CreateAsync(Page(await content.NewAsync("Page"), "A page to translate", slug, set, "en"), publish: true);
            return true;
        });
        var before = await HtmlPage.GetAsync(client, "/" + slug);
        var cachedBefore = await HtmlPage.GetAsync(client, "/" + slug);

        await ReadingContent.RunAsync(fixture.Site, async content =>
        {
            await content.CreateAsync(Page(await content.NewAsync("Page"), "Una página traducida", "es/" + slug + "-es", set, "es"), publish: true);
            return true;
        });
        var after = await HtmlPage.GetAsync(client, "/" + slug);

        Assert.Null(before.Document.QuerySelector("link[rel=alternate][hreflang=es]"));
        Assert.Null(cachedBefore.Document.QuerySelector("link[rel=alternate][hreflang=es]"));
        Assert.Equal(
            "https://familybridge.test/es/" + slug + "-es",
            after.Document.QuerySelector("link[rel=alternate][hreflang=es]")?.GetAttribute("href"));
    }

    private static ContentItem Page(ContentItem page, string title, string path, string set, string culture)
    {
        page.DisplayText = title;
        page.GetOrCreatePart("TitlePart")["Title"] = title;
        page.GetOrCreatePart("AutoroutePart")["Path"] = path;
        page.GetOrCreatePart("MarkdownBodyPart")["Markdown"] = title + ".";
        new LocalizationPart(set, culture).WriteTo(page);
        return page;
    }

    private static List<string> ModuleLinks(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll(".module-card .card-title a").Select(a => a.GetAttribute("href") ?? "")];

    private static List<string> ResourceLinks(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("main a[href*='/']").Select(a => a.GetAttribute("href") ?? "")
            .Where(h => h.StartsWith("/resources/", StringComparison.Ordinal) || h.StartsWith("/es/recursos/", StringComparison.Ordinal)).Distinct()];
}
