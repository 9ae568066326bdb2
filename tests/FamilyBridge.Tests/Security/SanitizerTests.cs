using AngleSharp.Html.Parser;
using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.Tests.Security;

/// <summary>The Markdown renderer and HTML sanitizer against the payload list (point 8 of the editor issue).</summary>
public sealed class SanitizerTests
{
    private static readonly MarkdownRenderer Renderer = new();
    private static readonly HtmlParser Parser = new();

    [Theory]
    [MemberData(nameof(XssPayloads.All), MemberType = typeof(XssPayloads))]
    public void Markdown_payloads_render_with_nothing_that_runs(string payload)
    {
        var html = Renderer.ToSafeHtml($"Before the payload.\n\n{payload}\n\nAfter the payload.");

        var document = Parser.ParseDocument($"<body>{html}</body>");
        ScriptFreeHtml.AssertFragment(document, payload);
        Assert.Contains("After the payload.", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(XssPayloads.All), MemberType = typeof(XssPayloads))]
    public void Editor_html_payloads_are_sanitized_to_nothing_that_runs(string payload)
    {
        var html = Renderer.SanitizeHtml($"<p>Before</p>{payload}<p>After</p>");

        ScriptFreeHtml.AssertFragment(Parser.ParseDocument($"<body>{html}</body>"), payload);
    }

    [Fact]
    public void Raw_html_in_markdown_is_shown_as_text_so_the_editor_sees_what_they_typed()
    {
        var html = Renderer.ToSafeHtml("Say <script>alert(1)</script> out loud.");

        var paragraph = Parser.ParseDocument($"<body>{html}</body>").QuerySelector("p")!;
        Assert.Equal("Say <script>alert(1)</script> out loud.", paragraph.TextContent);
    }

    [Fact]
    public void Uploaded_images_and_safe_links_survive_sanitizing()
    {
        var html = Renderer.ToSafeHtml(
            "![A parent and a teen talking at a kitchen table](/media/3f2a9c.png)\n\n[Call 988](tel:988) · [SAMHSA](https://www.samhsa.gov/) · [Our lessons](/understanding-substance-use)");

        var document = Parser.ParseDocument($"<body>{html}</body>");
        var image = document.QuerySelector("img")!;
        Assert.Equal("/media/3f2a9c.png", image.GetAttribute("src"));
        Assert.Equal("A parent and a teen talking at a kitchen table", image.GetAttribute("alt"));
        Assert.Equal(
            ["tel:988", "https://www.samhsa.gov/", "/understanding-substance-use"],
            document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("https://www.samhsa.gov/", true)]
    [InlineData("http://example.org/a?b=c", true)]
    [InlineData("mailto:help@example.org", true)]
    [InlineData("tel:988", true)]
    [InlineData("/resources", true)]
    [InlineData("lessons/one#part", true)]
    [InlineData("#sources", true)]
    [InlineData("&#106;avascript:alert(1)", true)] // Razor encodes the &, so the browser reads a harmless relative link.
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JaVaScRiPt:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("\u0001javascript:alert(1)", false)]
    [InlineData("vbscript:msgbox(1)", false)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("", false)]
    public void Link_field_urls_are_allowed_only_when_a_browser_would_not_run_them(string url, bool safe)
    {
        Assert.Equal(safe, MarkdownRenderer.IsSafeUrl(url));
    }
}
