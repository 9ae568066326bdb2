using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using FamilyBridge.E2E.Infrastructure;
using Microsoft.Playwright;

namespace FamilyBridge.E2E;

/// <summary>
/// What Lighthouse's SEO and best-practice audits check, asserted in the real browser: every public page has a
/// title, a meta description and a canonical link; the favicon answers; the sitemap is valid; axe finds nothing.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PublicSiteBasicsTests(SiteFixture site, BrowserFixture browser)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Pages that are not content items, and the trust pages and report form, checked with axe too.</summary>
    private static readonly string[] AxeChecked =
        ["/", "/resources", "/about", "/editorial-policy", "/privacy", "/accessibility", "/report-a-problem"];

    [Fact]
    public async Task Every_page_in_the_sitemap_has_a_title_a_description_and_its_own_canonical_link()
    {
        var page = await browser.NewPageAsync(site.BaseAddress);
        try
        {
            var locations = await SitemapLocationsAsync(page);
            Assert.Contains(locations, l => l.AbsolutePath == "/about");
            Assert.Contains(locations, l => l.AbsolutePath == "/editorial-policy");
            var lessons = 0;
            foreach (var location in locations.Select(l => l.AbsolutePath).Concat(["/report-a-problem", "/search"]))
            {
                var response = await page.GotoAsync(location);
                Assert.True(response?.Status == 200, $"{location} answered {response?.Status}.");
                Assert.False(string.IsNullOrWhiteSpace(await page.TitleAsync()), $"{location} has no title.");
                var descriptions = page.Locator("head meta[name=description]");
                Assert.Equal(1, await descriptions.CountAsync());
                var description = await descriptions.GetAttributeAsync("content") ?? "";
                Assert.True(description.Length is >= 25 and <= 170, $"{location}: description of {description.Length} characters: \"{description}\".");
                var canonical = await page.Locator("head link[rel=canonical]").GetAttributeAsync("href");
                Assert.Equal(new Uri(site.BaseAddress, location).AbsoluteUri, canonical);
                Assert.Equal(canonical, await page.Locator("head meta[property='og:url']").GetAttributeAsync("content"));
                if (await page.Locator("script[type='application/ld+json']").CountAsync() == 1)
                {
                    lessons++;
                    var jsonLd = await page.Locator("script[type='application/ld+json']").TextContentAsync();
                    Assert.Contains("\"dateModified\"", jsonLd, StringComparison.Ordinal);
                    Assert.Contains("\"publisher\"", jsonLd, StringComparison.Ordinal);
                }

                if (AxeChecked.Contains(location))
                {
                    await page.AssertNoAxeViolationsAsync();
                }
            }

            Assert.True(lessons > 5, "Too few pages carried JSON-LD.");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_favicon_icons_and_manifest_answer_with_images_of_the_right_kind()
    {
        var page = await browser.NewPageAsync(site.BaseAddress);
        try
        {
            await page.GotoAsync("/");
            var icons = await page.Locator("head link[rel=icon], head link[rel=apple-touch-icon]").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
            Assert.Contains("/favicon.ico", icons);
            foreach (var (path, type) in new[]
            {
                ("/favicon.ico", "image/x-icon"), ("/icons/icon.svg", "image/svg+xml"), ("/icons/icon-192.png", "image/png"),
                ("/icons/icon-512.png", "image/png"), ("/icons/apple-touch-icon.png", "image/png"), ("/site.webmanifest", "application/manifest+json"),
            })
            {
                var response = await page.APIRequest.GetAsync(path);
                Assert.True(response.Status == 200, $"{path} answered {response.Status}.");
                Assert.StartsWith(type, response.Headers["content-type"], StringComparison.Ordinal);
                Assert.NotEmpty(await response.BodyAsync());
            }

            // A browser decodes the drawn PNG at the size it claims.
            await page.GotoAsync("/icons/icon-192.png");
            Assert.Equal(192, await page.EvaluateAsync<int>("() => document.images[0].naturalWidth"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_sitemap_validates_against_the_sitemap_schema_and_robots_points_to_it()
    {
        var page = await browser.NewPageAsync(site.BaseAddress);
        try
        {
            var response = await page.APIRequest.GetAsync("/sitemap.xml");
            Assert.Equal(200, response.Status);
            var schemas = new XmlSchemaSet();
            schemas.Add(Sitemap.NamespaceName, XmlReader.Create(new StringReader(SitemapSchema)));
            schemas.Add("http://www.w3.org/1999/xhtml", XmlReader.Create(new StringReader(AlternateLinkSchema)));
            var errors = new List<string>();
            var document = XDocument.Parse(await response.TextAsync());
            document.Validate(schemas, (_, e) => errors.Add(e.Message));
            Assert.Empty(errors);
            Assert.All(document.Descendants(Sitemap + "loc"), loc => Assert.StartsWith(site.BaseAddress.AbsoluteUri, loc.Value, StringComparison.Ordinal));
            Assert.All(document.Descendants(Sitemap + "url"), url => Assert.NotNull(url.Element(Sitemap + "lastmod")));

            var robots = await (await page.APIRequest.GetAsync("/robots.txt")).TextAsync();
            foreach (var path in new[] { "/admin", "/account", "/circles", "/me", "/email", "/search" })
            {
                Assert.Contains($"Disallow: {path}\n", robots, StringComparison.Ordinal);
            }

            Assert.Contains($"Sitemap: {new Uri(site.BaseAddress, "/sitemap.xml").AbsoluteUri}", robots, StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task<List<Uri>> SitemapLocationsAsync(IPage page)
    {
        var xml = XDocument.Parse(await (await page.APIRequest.GetAsync("/sitemap.xml")).TextAsync());
        return [.. xml.Descendants(Sitemap + "loc").Select(l => new Uri(l.Value))];
    }

    /// <summary>
    /// The XHTML <c>link</c> element as a sitemap carries it for language alternates (the hreflang annotations search
    /// engines read): only <c>rel="alternate"</c>, a language and an absolute address, all required.
    /// </summary>
    private const string AlternateLinkSchema =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"
                    targetNamespace="http://www.w3.org/1999/xhtml"
                    elementFormDefault="qualified">
          <xsd:element name="link">
            <xsd:complexType>
              <xsd:attribute name="rel" use="required">
                <xsd:simpleType>
                  <xsd:restriction base="xsd:string">
                    <xsd:enumeration value="alternate"/>
                  </xsd:restriction>
                </xsd:simpleType>
              </xsd:attribute>
              <xsd:attribute name="hreflang" type="xsd:language" use="required"/>
              <xsd:attribute name="href" use="required">
                <xsd:simpleType>
                  <xsd:restriction base="xsd:anyURI">
                    <xsd:pattern value="https?://.+"/>
                  </xsd:restriction>
                </xsd:simpleType>
              </xsd:attribute>
            </xsd:complexType>
          </xsd:element>
        </xsd:schema>
        """;

    /// <summary>The sitemaps.org 0.9 schema (sitemap.xsd), written out here because the tests reach no network.</summary>
    private const string SitemapSchema =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"
                    targetNamespace="http://www.sitemaps.org/schemas/sitemap/0.9"
                    xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                    elementFormDefault="qualified">
          <xsd:element name="urlset">
            <xsd:complexType>
              <xsd:sequence>
                <xsd:any namespace="##other" processContents="strict" minOccurs="0" maxOccurs="unbounded"/>
                <xsd:element ref="url" maxOccurs="unbounded"/>
              </xsd:sequence>
            </xsd:complexType>
          </xsd:element>
          <xsd:element name="url">
            <xsd:complexType>
              <xsd:sequence>
                <xsd:element name="loc" type="tLoc"/>
                <xsd:element name="lastmod" type="tLastmod" minOccurs="0"/>
                <xsd:element name="changefreq" type="tChangeFreq" minOccurs="0"/>
                <xsd:element name="priority" type="tPriority" minOccurs="0"/>
                <xsd:any namespace="##other" processContents="strict" minOccurs="0" maxOccurs="unbounded"/>
              </xsd:sequence>
            </xsd:complexType>
          </xsd:element>
          <xsd:simpleType name="tLoc">
            <xsd:restriction base="xsd:anyURI">
              <xsd:minLength value="12"/>
              <xsd:maxLength value="2048"/>
            </xsd:restriction>
          </xsd:simpleType>
          <xsd:simpleType name="tLastmod">
            <xsd:union>
              <xsd:simpleType>
                <xsd:restriction base="xsd:date"/>
              </xsd:simpleType>
              <xsd:simpleType>
                <xsd:restriction base="xsd:dateTime"/>
              </xsd:simpleType>
            </xsd:union>
          </xsd:simpleType>
          <xsd:simpleType name="tChangeFreq">
            <xsd:restriction base="xsd:string">
              <xsd:enumeration value="always"/>
              <xsd:enumeration value="hourly"/>
              <xsd:enumeration value="daily"/>
              <xsd:enumeration value="weekly"/>
              <xsd:enumeration value="monthly"/>
              <xsd:enumeration value="yearly"/>
              <xsd:enumeration value="never"/>
            </xsd:restriction>
          </xsd:simpleType>
          <xsd:simpleType name="tPriority">
            <xsd:restriction base="xsd:decimal">
              <xsd:minInclusive value="0.0"/>
              <xsd:maxInclusive value="1.0"/>
            </xsd:restriction>
          </xsd:simpleType>
        </xsd:schema>
        """;
}
