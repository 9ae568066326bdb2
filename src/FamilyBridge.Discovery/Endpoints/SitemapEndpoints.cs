using System.Globalization;
using System.Text;
using System.Xml.Linq;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Core.Localization;
using FamilyBridge.Discovery.Services;
using FamilyBridge.Theme.Display;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Discovery.Endpoints;

/// <summary><c>/sitemap.xml</c>, <c>/robots.txt</c> and <c>/feed.atom</c>: what crawlers and feed readers ask for.</summary>
public static class SitemapEndpoints
{
    public static readonly XNamespace SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static readonly XNamespace AtomNamespace = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>Private or per-person areas, and search results (endless, thin pages).</summary>
    public static readonly IReadOnlyList<string> Disallowed = ["/admin", "/account", "/circles", "/me", "/email", "/search"];

    private const int FeedSize = 30;

    public static async Task<IResult> SitemapAsync(HttpContext context, PublicContent content, IOptions<SiteCultureOptions> cultures)
    {
        var items = await content.PublishedAsync(context.RequestAborted);
        var entries = SitemapEntries.Build(items, cultures.Value);
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(SitemapNamespace + "urlset",
                new XAttribute(XNamespace.Xmlns + "xhtml", XhtmlNamespace),
                entries.Select(e => new XElement(SitemapNamespace + "url",
                    new XElement(SitemapNamespace + "loc", SiteAddress.Absolute(context.Request, e.Path)),
                    new XElement(SitemapNamespace + "lastmod", W3CDate(e.Modified)),
                    e.Alternates.Select(a => new XElement(XhtmlNamespace + "link",
                        new XAttribute("rel", "alternate"),
                        new XAttribute("hreflang", a.Key),
                        new XAttribute("href", SiteAddress.Absolute(context.Request, a.Value))))))));
        return Xml(context, document, "application/xml");
    }

    public static IResult Robots(HttpContext context)
    {
        var text = new StringBuilder("User-agent: *\n");
        foreach (var path in Disallowed)
        {
            text.Append("Disallow: ").Append(path).Append('\n');
        }

        text.Append("\nSitemap: ").Append(SiteAddress.Absolute(context.Request, "/sitemap.xml")).Append('\n');
        Cache(context, TimeSpan.FromHours(1));
        return TypedResults.Text(text.ToString(), "text/plain", Encoding.UTF8);
    }

    /// <summary>The lessons in the reader's language: <c>/feed.atom</c> in English, <c>/es/feed.atom</c> in Spanish.</summary>
    public static async Task<IResult> FeedAsync(HttpContext context, PublicContent content, ISiteNameSource siteName, IOptions<SiteCultureOptions> cultures, IStringLocalizer<DiscoveryText> text)
    {
        var language = CultureInfo.CurrentUICulture.Name;
        var lessons = (await content.PublishedAsync(context.RequestAborted))
            .Where(i => i.ContentType == "Lesson" && LocalizationPart.IsIn(i, language, cultures.Value.DefaultCulture))
            .OrderByDescending(PublicContent.LastChange)
            .ThenBy(i => i.Path, StringComparer.Ordinal)
            .Take(FeedSize)
            .ToList();
        var name = await siteName.GetSiteNameAsync(context.RequestAborted);
        var self = SiteAddress.Absolute(context.Request, context.Request.PathBase + "/feed.atom");
        var feed = new XElement(AtomNamespace + "feed",
            new XElement(AtomNamespace + "title", text["{0}: new and updated lessons", name].Value),
            new XElement(AtomNamespace + "id", self),
            new XElement(AtomNamespace + "updated", W3CDate(lessons.Select(PublicContent.LastChange).DefaultIfEmpty(DateTime.UnixEpoch).Max())),
            new XElement(AtomNamespace + "link", new XAttribute("rel", "self"), new XAttribute("href", self)),
            new XElement(AtomNamespace + "link", new XAttribute("rel", "alternate"), new XAttribute("href", SiteAddress.Absolute(context.Request, context.Request.PathBase + "/"))),
            new XElement(AtomNamespace + "author", new XElement(AtomNamespace + "name", name)),
            lessons.Select(lesson => Entry(context, lesson)));
        return Xml(context, new XDocument(new XDeclaration("1.0", "utf-8", null), feed), "application/atom+xml");
    }

    private static XElement Entry(HttpContext context, ContentItem lesson)
    {
        var url = SiteAddress.Absolute(context.Request, "/" + lesson.Path);
        var entry = new XElement(AtomNamespace + "entry",
            new XElement(AtomNamespace + "title", lesson.Title),
            new XElement(AtomNamespace + "id", url),
            new XElement(AtomNamespace + "link", new XAttribute("rel", "alternate"), new XAttribute("href", url)),
            new XElement(AtomNamespace + "updated", W3CDate(PublicContent.LastChange(lesson))));
        if (lesson.PublishedUtc is { } published)
        {
            entry.Add(new XElement(AtomNamespace + "published", W3CDate(published)));
        }

        if (PageMetadataFactory.SummaryOf(lesson) is { } summary)
        {
            entry.Add(new XElement(AtomNamespace + "summary", summary));
        }

        return entry;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Xml(HttpContext context, XDocument document, string contentType)
    {
        Cache(context, TimeSpan.FromMinutes(5));
        using var writer = new Utf8StringWriter();
        document.Save(writer);
        return TypedResults.Text(writer.ToString(), contentType, Encoding.UTF8);
    }

    private static void Cache(HttpContext context, TimeSpan age) =>
        context.Response.Headers.CacheControl = $"public, max-age={(int)age.TotalSeconds}";

    private static string W3CDate(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>So the XML declaration says utf-8, matching the bytes sent.</summary>
    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => Encoding.UTF8;
    }
}
