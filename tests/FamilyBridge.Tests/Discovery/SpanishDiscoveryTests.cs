using System.Net;
using System.Xml.Linq;
using FamilyBridge.Discovery.Endpoints;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Web;

namespace FamilyBridge.Tests.Discovery;

/// <summary>What search engines and Spanish readers get from Discovery: hreflang in the sitemap, the Spanish feed and report form.</summary>
public sealed class SpanishDiscoveryTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    private const string Site = "https://familybridge.test";

    [Fact]
    public async Task The_sitemap_lists_each_lesson_in_both_languages_and_each_names_the_other_with_hreflang()
    {
        using var client = fixture.Site.CreateReader();

        var xml = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        var urls = xml.Root!.Elements(SitemapEndpoints.SitemapNamespace + "url")
            .ToDictionary(u => u.Element(SitemapEndpoints.SitemapNamespace + "loc")!.Value, Alternates);
        var english = Site + "/understanding-substance-use/what-a-substance-use-disorder-is";
        var spanish = Site + "/es/entender-el-consumo-de-sustancias/que-es-un-trastorno-por-consumo";

        var expected = new Dictionary<string, string> { ["en"] = english, ["es"] = spanish };
        Assert.Equal(expected, urls[english]);
        Assert.Equal(expected, urls[spanish]);
        Assert.Equal(new Dictionary<string, string> { ["en"] = Site + "/", ["es"] = Site + "/es/" }, urls[Site + "/es/"]);
        Assert.Equal(new Dictionary<string, string> { ["en"] = Site + "/resources", ["es"] = Site + "/es/resources" }, urls[Site + "/resources"]);
        Assert.Equal(expected: Site + "/es/acerca-de", urls[Site + "/about"]["es"]);
    }

    [Fact]
    public async Task The_spanish_feed_lists_only_spanish_lessons_and_its_title_is_in_spanish()
    {
        using var client = fixture.Site.CreateReader();

        var feed = XDocument.Parse(await client.GetStringAsync(new Uri("/es/feed.atom", UriKind.Relative)));
        var atom = SitemapEndpoints.AtomNamespace;
        var links = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "link")!.Attribute("href")!.Value).ToList();

        Assert.EndsWith(": lecciones nuevas y actualizadas", feed.Root.Element(atom + "title")!.Value, StringComparison.Ordinal);
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith(Site + "/es/", href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_spanish_report_form_speaks_spanish_and_keeps_what_was_typed_when_refused()
    {
        using var reader = new Reader(fixture.Site);

        var form = await HtmlPage.GetAsync(reader.Client, "/es/report-a-problem");
        var refused = await reader.FollowAsync(await reader.SubmitAsync("/es/report-a-problem?page=/es/acerca-de", new Dictionary<string, string>
        {
            ["Input.Problem"] = "",
            ["Input.Email"] = "no-es-un-correo",
        }));

        Assert.Equal("Avísenos de un error", form.Texts("h1").Single());
        Assert.Equal("¿Qué está mal?", form.Texts("label[for=Input_Problem]").Single());
        Assert.Equal(Site + "/es/report-a-problem", form.Document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, refused.Response.StatusCode);
        Assert.Contains("Díganos qué está mal, para que un editor pueda revisarlo.", refused.Texts(".error-summary li"));
        Assert.Equal("no-es-un-correo", refused.Document.QuerySelector("#Input_Email")?.GetAttribute("value"));
    }

    private static Dictionary<string, string> Alternates(XElement url) =>
        url.Elements(SitemapEndpoints.XhtmlNamespace + "link")
            .ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
}
