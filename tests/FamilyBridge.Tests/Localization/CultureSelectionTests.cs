using System.Net;
using FamilyBridge.Tests.Accounts;

namespace FamilyBridge.Tests.Localization;

/// <summary>The reader's language: the /es/ prefix, then the switcher's cookie, then the browser's languages.</summary>
public sealed class CultureSelectionTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    [Fact]
    public async Task A_page_under_the_es_prefix_is_spanish_and_says_so_in_html_lang_and_content_language()
    {
        using var client = fixture.Site.CreateReader();

        var response = await client.GetAsync(new Uri("/es/resources", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Ir al contenido principal", html, StringComparison.Ordinal);
        Assert.Contains("es", response.Content.Headers.ContentLanguage);
    }

    [Fact]
    public async Task Without_a_prefix_the_browsers_spanish_preference_is_followed_and_english_is_the_default()
    {
        using var client = fixture.Site.CreateReader();

        using var spanishBrowser = new HttpRequestMessage(HttpMethod.Get, "/resources");
        spanishBrowser.Headers.AcceptLanguage.ParseAdd("es-MX,es;q=0.9");
        var spanish = await (await client.SendAsync(spanishBrowser)).Content.ReadAsStringAsync();
        var english = await client.GetStringAsync(new Uri("/resources", UriKind.Relative));

        Assert.Contains("<html lang=\"es\">", spanish, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Skip to main content", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_switcher_remembers_spanish_in_a_cookie_that_beats_the_browsers_english()
    {
        using var client = fixture.Site.CreateReader();

        var switched = await client.GetAsync(new Uri("/language/es?returnUrl=%2Fes%2Fresources", UriKind.Relative));
        using var englishBrowser = new HttpRequestMessage(HttpMethod.Get, "/resources");
        englishBrowser.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        var page = await (await client.SendAsync(englishBrowser)).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/es/resources", switched.Headers.Location?.OriginalString);
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith("fb-culture=", StringComparison.Ordinal) && c.Contains("path=/", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<html lang=\"es\">", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https%3A%2F%2Fevil.example%2F")]
    [InlineData("%2F%2Fevil.example%2F")]
    public async Task The_switcher_never_redirects_off_the_site(string returnUrl)
    {
        using var client = fixture.Site.CreateReader();

        var response = await client.GetAsync(new Uri($"/language/es?returnUrl={returnUrl}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/es/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_language_is_not_found()
    {
        using var client = fixture.Site.CreateReader();

        var response = await client.GetAsync(new Uri("/language/xx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Every_page_links_its_versions_in_both_languages_at_the_public_address_and_offers_the_other()
    {
        using var client = fixture.Site.CreateReader();

        var english = await client.GetStringAsync(new Uri("/resources", UriKind.Relative));
        var spanish = await client.GetStringAsync(new Uri("/es/resources", UriKind.Relative));

        Assert.Contains("<link rel=\"alternate\" hreflang=\"es\" href=\"https://familybridge.test/es/resources\">", english, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://familybridge.test/resources\">", spanish, StringComparison.Ordinal);
        Assert.Contains("href=\"/language/es?returnUrl=%2Fes%2Fresources\" hreflang=\"es\" lang=\"es\">Español</a>", english, StringComparison.Ordinal);
        Assert.Contains("href=\"/language/en?returnUrl=%2Fresources\" hreflang=\"en\" lang=\"en\">English</a>", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cached_english_and_spanish_copies_of_one_page_never_mix()
    {
        using var client = fixture.Site.CreateReader();

        await client.GetStringAsync(new Uri("/resources", UriKind.Relative));
        using var spanishBrowser = new HttpRequestMessage(HttpMethod.Get, "/resources");
        spanishBrowser.Headers.AcceptLanguage.ParseAdd("es");
        var spanish = await client.SendAsync(spanishBrowser);
        var englishAgain = await client.GetStringAsync(new Uri("/resources", UriKind.Relative));

        Assert.Contains("<html lang=\"es\">", await spanish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Accept-Language", spanish.Headers.Vary);
        Assert.Contains("<html lang=\"en\">", englishAgain, StringComparison.Ordinal);
    }
}
