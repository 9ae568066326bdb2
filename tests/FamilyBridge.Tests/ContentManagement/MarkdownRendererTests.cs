using AngleSharp.Html.Parser;
using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.Tests.ContentManagement;

public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Fact]
    public void Lesson_markdown_becomes_headings_paragraphs_lists_and_tables()
    {
        var html = Renderer.ToSafeHtml("## Why it matters\n\nShort paragraph with *emphasis*.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("Why it matters", document.QuerySelector("h2")!.TextContent);
        Assert.Equal("emphasis", document.QuerySelector("p em")!.TextContent);
        Assert.Equal(["one", "two"], document.QuerySelectorAll("ul li").Select(li => li.TextContent));
        Assert.NotNull(document.QuerySelector("table td"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>Hello")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<svg onload=alert(1)><circle/></svg>")]
    [InlineData("<iframe src=\"https://example.com\"></iframe>")]
    [InlineData("<p style=\"position:fixed\">x</p>")]
    public void Markdown_never_carries_script_event_handlers_dangerous_urls_svg_iframes_or_styles(string markdown)
    {
        var html = Renderer.ToSafeHtml(markdown);

        AssertHarmless(html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script><p>Hello</p>")]
    [InlineData("<p><img src=x onerror=alert(1)></p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("<iframe src=\"https://example.com\"></iframe>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\" onclick=\"x()\">x</p>")]
    public void Editor_html_is_sanitized_the_same_way(string html)
    {
        AssertHarmless(Renderer.SanitizeHtml(html));
    }

    [Fact]
    public void External_links_open_without_giving_the_other_site_a_handle_on_ours()
    {
        var html = Renderer.ToSafeHtml("[SAMHSA](https://www.samhsa.gov/find-help/national-helpline) and [our lessons](/lessons) and [mail](mailto:help@example.org)");

        var links = new HtmlParser().ParseDocument(html).QuerySelectorAll("a").ToDictionary(a => a.TextContent, a => a.GetAttribute("rel"));
        Assert.Equal("noopener noreferrer", links["SAMHSA"]);
        Assert.Null(links["our lessons"]);
        Assert.Null(links["mail"]);
    }

    [Fact]
    public void Plain_text_keeps_the_words_and_drops_the_markup()
    {
        var text = Renderer.ToPlainText("## Heading\n\nA **bold** [link](https://example.org).\n\n- item");

        Assert.Contains("Heading", text, StringComparison.Ordinal);
        Assert.Contains("A bold link.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("*", text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
    }

    private static void AssertHarmless(string html)
    {
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        Assert.Empty(document.QuerySelectorAll("script, svg, iframe, style, object, embed"));
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style");
            foreach (var url in new[] { element.GetAttribute("href"), element.GetAttribute("src") }.OfType<string>())
            {
                Assert.False(url.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), html);
                Assert.False(url.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase), html);
            }
        }
    }
}
