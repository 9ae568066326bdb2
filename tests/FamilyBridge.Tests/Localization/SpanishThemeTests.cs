using System.Net;
using System.Text.RegularExpressions;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Web;
using LearningCurriculum = FamilyBridge.Tests.Learning.Curriculum;

namespace FamilyBridge.Tests.Localization;

/// <summary>The theme's and Learning's pages as a reader under /es/ sees them: Spanish words, Spanish helpline options, links that stay in Spanish.</summary>
public sealed partial class SpanishThemeTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    [Fact]
    public async Task The_spanish_home_page_greets_in_spanish_and_its_crisis_strip_gives_988_press_2_and_ayuda_by_text()
    {
        using var client = fixture.Site.CreateReader();

        var home = await HtmlPage.GetAsync(client, "/es/");

        Assert.Equal(HttpStatusCode.OK, home.Response.StatusCode);
        Assert.Equal("No tiene que pasar por esto a solas", home.Texts("h1").Single());
        var crisis = home.Document.QuerySelector("aside.crisis-strip[aria-label='Ayuda en una crisis']")!;
        var numbers = HtmlPage.Collapse(crisis.QuerySelector(".crisis-numbers")!.TextContent);
        Assert.Contains("llame al 988 y marque 2 para español, o mande AYUDA por texto al 988", numbers, StringComparison.Ordinal);
        Assert.Contains("opción en español): 1-800-662-4357", numbers, StringComparison.Ordinal);
        Assert.Contains("1-800-222-1222", numbers, StringComparison.Ordinal);
        Assert.NotNull(crisis.QuerySelector("a[href='tel:988']"));
        Assert.NotNull(crisis.QuerySelector("a[href='sms:988']"));
        Assert.NotNull(crisis.QuerySelector("a[href='tel:911']"));
        Assert.Equal("Salir de este sitio", home.Texts("a.quick-exit").Single());
        Assert.Equal("Pida ayuda ahora", home.Texts(".crisis-help summary").Single());
    }

    [Fact]
    public async Task Links_on_a_spanish_page_keep_the_reader_under_es()
    {
        using var client = fixture.Site.CreateReader();

        var home = await HtmlPage.GetAsync(client, "/es/resources");

        Assert.Equal("/es/", home.Document.QuerySelector("a.site-name")?.GetAttribute("href"));
        Assert.Equal("/es/resources", home.Document.QuerySelector(".site-wide .site-nav a[href$='/resources']")?.GetAttribute("href"));
        Assert.Equal("/es/search", home.Document.QuerySelector("form.site-search")?.GetAttribute("action"));
        Assert.Equal("/es/account/login?returnUrl=%2Fes%2Fresources", home.Document.QuerySelector(".site-wide .account-nav a[href*='login']")?.GetAttribute("href"));
        Assert.Equal(["Quiénes somos", "Política editorial", "Privacidad", "Accesibilidad", "Navegar con seguridad", "Reportar un error"], home.Texts(".site-footer-links a"));
        Assert.Equal("/es/privacy", home.Document.QuerySelector(".site-footer-links a[href$='privacy']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_spanish_resource_directory_names_each_kind_and_detail_in_spanish()
    {
        using var client = fixture.Site.CreateReader();

        var page = await HtmlPage.GetAsync(client, "/es/resources");

        Assert.Equal("Recursos", page.Texts("h1").Single());
        Assert.StartsWith("Recursos · ", page.Document.Title, StringComparison.Ordinal);
        var kinds = page.Texts(".resource-group h2");
        Assert.Contains("Líneas de crisis", kinds);
        Assert.Contains("Grupos de apoyo para familias", kinds);
        Assert.DoesNotContain("Crisis line", kinds);
        Assert.Contains("Teléfono", page.Texts(".resource-details dt"));
        Assert.DoesNotContain("Phone", page.Texts(".resource-details dt"));
    }

    [Fact]
    public async Task A_missing_page_under_es_answers_404_in_spanish_with_links_back_to_spanish_pages()
    {
        using var client = fixture.Site.CreateReader();

        var page = await HtmlPage.GetAsync(client, "/es/esta-pagina-no-existe");

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        Assert.Equal("No encontramos esa página", page.Texts("h1").Single());
        Assert.Equal(["/es/", "/es/resources"], page.Document.QuerySelectorAll(".error-page a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_spanish_reader_sees_their_progress_page_in_spanish_with_spanish_dates_and_only_modules_in_their_language_or_with_progress()
    {
        var (module, lessons) = await LearningCurriculum.ModuleWithLessonsAsync(fixture.Site);
        var reflective = await LearningCurriculum.LessonWithChecklistAndPromptAsync(fixture.Site);
        using var reader = new Reader(fixture.Site);
        await reader.RegisterAndSignInAsync("Lucía");
        await reader.SubmitAsync($"/{lessons[0].Path}", new Dictionary<string, string>(), "form[action$='/complete']");
        await reader.SubmitAsync($"/{reflective.Path}", new Dictionary<string, string> { ["note"] = "Llamar a mamá el viernes.", ["intent"] = "save" }, "form[action$='/note']");

        var me = await reader.GetAsync("/es/me");

        Assert.Equal(HttpStatusCode.OK, me.Response.StatusCode);
        Assert.Equal("Su progreso", me.Texts("h1").Single());
        Assert.Matches(SpanishSavedDate(), me.Texts("section[aria-labelledby=notes-heading] .meta").Single());
        // The English curriculum carries LocalizationPart.Culture "en": of it, only the module with progress stays listed.
        var cards = me.Document.QuerySelectorAll(".me-module").ToList();
        var card = cards.Single(c => c.QuerySelector("h3 a")?.GetAttribute("href") == $"/{module.Path}");
        Assert.All(cards.Where(c => c != card), c => Assert.StartsWith("/es/", c.QuerySelector("h3 a")?.GetAttribute("href"), StringComparison.Ordinal));
        Assert.True(cards.Count > 1, "the Spanish modules are listed too");
        Assert.Equal($"1 de {lessons.Count} lecciones terminadas", HtmlPage.Collapse(card.QuerySelector(".module-progress-text")!.TextContent));

        var english = await reader.GetAsync("/me");
        Assert.Equal("Your progress", english.Texts("h1").Single());
        Assert.True(english.Document.QuerySelectorAll(".me-module").Length > 1);
    }

    [GeneratedRegex(@"^Guardada el \d{1,2} de [a-z]+ de \d{4}$")]
    private static partial Regex SpanishSavedDate();
}
