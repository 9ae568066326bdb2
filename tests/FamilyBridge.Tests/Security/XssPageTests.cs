using System.Net;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;
using FamilyBridge.Tests.Web;

namespace FamilyBridge.Tests.Security;

/// <summary>
/// Payloads in Markdown and in plain fields (titles, summaries, objectives, questions, sources, resource details)
/// imported by recipe, then the real pages fetched and parsed as a browser would: nothing in them can run.
/// </summary>
public sealed class XssPageTests(XssSiteFixture fixture) : IClassFixture<XssSiteFixture>
{
    [Theory]
    [InlineData(XssSiteFixture.LessonPath)]
    [InlineData(XssSiteFixture.ModulePath)]
    [InlineData(XssSiteFixture.ResourcePath)]
    [InlineData("/resources")]
    [InlineData("/")]
    [InlineData("/search?q=payload")]
    public async Task Reader_pages_with_payloads_carry_no_script(string path)
    {
        using var reader = new Reader(fixture.Site);

        var page = await reader.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        ScriptFreeHtml.AssertPage(page.Document, path);
    }

    [Fact]
    public async Task Field_payloads_show_as_the_text_the_editor_typed()
    {
        using var reader = new Reader(fixture.Site);

        var page = await reader.GetAsync(XssSiteFixture.LessonPath);

        Assert.Equal("Payload lesson <img src=x onerror=\"window.__xss='title';alert(1)\">", HtmlPage.Collapse(page.Document.QuerySelector("h1")!.TextContent));
        Assert.Contains("Objective <script>window.__xss='field';alert('field')</script>", page.Text, StringComparison.Ordinal);
        Assert.Contains("Question <script>", page.Text, StringComparison.Ordinal);
        Assert.Contains("Source org <script>", page.Text, StringComparison.Ordinal);
        var module = await reader.GetAsync(XssSiteFixture.ModulePath);
        Assert.Contains("Lesson summary <script>window.__xss='field';alert('field')</script>", module.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Source_links_with_script_urls_lose_the_link_and_keep_the_title()
    {
        using var reader = new Reader(fixture.Site);

        var page = await reader.GetAsync(XssSiteFixture.LessonPath);

        var sources = page.Document.QuerySelector(".sources")!;
        Assert.Equal(["https://www.samhsa.gov/"], sources.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Tab and case", sources.TextContent, StringComparison.Ordinal);
        Assert.Contains("Data URL", sources.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resource_website_with_a_script_url_is_not_a_link()
    {
        using var reader = new Reader(fixture.Site);

        var page = await reader.GetAsync(XssSiteFixture.ResourcePath);

        Assert.DoesNotContain(page.Document.QuerySelectorAll("main a"), a => a.TextContent.Contains("resource website", StringComparison.Ordinal));
        Assert.Contains("Description <script>", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Knowledge_check_feedback_with_payloads_carries_no_script()
    {
        using var reader = new Reader(fixture.Site);
        var lesson = await reader.GetAsync(XssSiteFixture.LessonPath);
        var answer = lesson.Document.QuerySelector("input[type=radio]")!;

        var response = await reader.SubmitAsync(
            lesson, XssSiteFixture.LessonPath, new Dictionary<string, string> { [answer.GetAttribute("name")!] = "2" }, "form[action*='knowledge-check']");
        var result = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Explanation <script>", result.Text, StringComparison.Ordinal);
        ScriptFreeHtml.AssertPage(result.Document, "knowledge check result");
    }

    [Theory]
    [InlineData("/admin/content")]
    [InlineData("/admin/content?q=Payload")]
    [InlineData("/admin/content/" + XssSiteFixture.LessonId + "/edit")]
    [InlineData("/admin/content/" + XssSiteFixture.LessonId + "/versions")]
    public async Task Admin_pages_showing_payload_content_carry_no_script(string path)
    {
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Editor);
        using var _ = editor;

        var page = await editor.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        ScriptFreeHtml.AssertPage(page.Document, path);
    }
}
