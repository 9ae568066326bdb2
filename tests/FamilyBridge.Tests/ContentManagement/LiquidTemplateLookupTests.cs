using System.Net;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;
using FamilyBridge.Tests.Web;

namespace FamilyBridge.Tests.ContentManagement;

/// <summary>
/// Stored Liquid templates (Orchard's <c>Templates</c> step, and /admin/templates) drawing Orchard's blog on the real
/// site, inside the theme's layout.
/// </summary>
public sealed class LiquidTemplateLookupTests(LiquidTemplateLookupTests.LiquidSiteFixture fixture) : IClassFixture<LiquidTemplateLookupTests.LiquidSiteFixture>
{
    private const string EditForm = "main form[method=post]";

    [Fact]
    public async Task A_recipe_template_for_blog_posts_draws_the_post_from_its_fields_inside_the_layout()
    {
        var page = await HtmlPage.GetAsync(fixture.Site.CreateClient(), "/blog/post-1");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal(["Man must explore, and this is exploration at its greatest"], page.Texts("main article.liquid-post h1"));
        Assert.Equal(["Problems look mighty small from 150 miles up"], page.Texts("main article.liquid-post p.liquid-subtitle"));
        Assert.Contains("Never in all their history have men been able truly to conceive of the world as one", page.Text, StringComparison.Ordinal);
        Assert.Single(page.Document.QuerySelectorAll("aside.crisis-strip"));
        Assert.Empty(page.Document.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task A_summary_template_draws_each_post_in_the_blog_list()
    {
        var page = await HtmlPage.GetAsync(fixture.Site.CreateClient(), "/blog");

        var links = page.Document.QuerySelectorAll("ul.content-list p.liquid-summary a").Select(a => (a.TextContent, a.GetAttribute("href")));
        Assert.Equal([("Man must explore, and this is exploration at its greatest", "/blog/post-1")], links);
    }

    [Fact]
    public async Task An_administrators_template_edit_shows_on_the_next_anonymous_request()
    {
        var (_, admin) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Administrator);
        using var _ = admin;
        var before = await HtmlPage.GetAsync(fixture.Site.CreateClient(), "/about");

        var created = await admin.SubmitAsync("/admin/templates/edit", new Dictionary<string, string>
        {
            ["Input.Name"] = "Content-Article",
            ["Input.Source"] = "<h1 class=\"liquid-article\">{{ Model.ContentItem.DisplayText }}: first look</h1>",
        }, EditForm);
        var first = await HtmlPage.GetAsync(fixture.Site.CreateClient(), "/about");
        var list = await admin.FollowAsync(created);
        var edited = await admin.SubmitAsync("/admin/templates/edit?name=Content__Article", new Dictionary<string, string>
        {
            ["Input.Source"] = "<h1 class=\"liquid-article\">{{ Model.ContentItem.Content.Article.Subtitle.Text }}</h1>",
        }, EditForm);
        var second = await HtmlPage.GetAsync(fixture.Site.CreateClient(), "/about");

        Assert.Empty(before.Document.QuerySelectorAll("h1.liquid-article"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Content__Article", list.Texts("tbody th a"));
        Assert.Equal(["About: first look"], first.Texts("main h1.liquid-article"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(["This is what I do."], second.Texts("main h1.liquid-article"));
    }

    [Fact]
    public async Task Only_administrators_reach_the_templates_page_and_the_admin_menu_links_to_it()
    {
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Editor);
        var (_, admin) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Administrator);
        using var _ = editor;
        using var __ = admin;
        using var anonymous = new Reader(fixture.Site);

        using var asEditor = await editor.Client.GetAsync(new Uri("/admin/templates", UriKind.Relative));
        using var asAnonymous = await anonymous.Client.GetAsync(new Uri("/admin/templates/edit", UriKind.Relative));
        var menu = await admin.GetAsync("/admin");

        Assert.Equal("/account/access-denied", asEditor.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, asAnonymous.StatusCode);
        Assert.StartsWith("/account/", asAnonymous.Headers.Location!.IsAbsoluteUri ? asAnonymous.Headers.Location.AbsolutePath : asAnonymous.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.Single(menu.Document.QuerySelectorAll("main a[href='/admin/templates']"));
    }

    [Fact]
    public async Task A_template_that_does_not_parse_is_not_saved_and_the_form_shows_its_line_and_keeps_the_text()
    {
        var (_, admin) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Administrator);
        using var _ = admin;
        const string broken = "<p>fine</p>\n{% if Model.ContentItem.DisplayText %}\n<p>never closed</p>";

        var response = await admin.SubmitAsync("/admin/templates/edit", new Dictionary<string, string>
        {
            ["Input.Name"] = "Content-Tag",
            ["Input.Source"] = broken,
        }, EditForm);
        var page = await HtmlPage.ParseAsync(response);
        var list = await admin.GetAsync("/admin/templates");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.Texts("main [data-valmsg-for='Input.Source']"), m => m.StartsWith("The template was not saved. Line 3, column ", StringComparison.Ordinal) && m.Contains("{% endif %}", StringComparison.Ordinal));
        Assert.Equal(broken, page.Document.QuerySelector("textarea[name='Input.Source']")!.TextContent.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("Content-Tag", page.Document.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.DoesNotContain("Content__Tag", list.Texts("tbody th a"));
    }

    /// <summary>Orchard's blog recipe, then a recipe whose <c>Templates</c> step names blog posts' detail and summary.</summary>
    public sealed class LiquidSiteFixture : IAsyncLifetime
    {
        private const string TemplatesRecipe = """
            {
              "name": "blog-templates",
              "steps": [ { "name": "Templates", "Templates": {
                "Content__BlogPost": { "Description": "A blog post", "Content": "<article class=\"liquid-post\"><h1>{{ Model.ContentItem.DisplayText }}</h1><p class=\"liquid-subtitle\">{{ Model.ContentItem.Content.BlogPost.Subtitle.Text }}</p>{{ Model.ContentItem.Content.MarkdownBodyPart.Markdown | markdownify }}<script>alert(1)</script></article>" },
                "Content_Summary__BlogPost": { "Description": "", "Content": "<p class=\"liquid-summary\"><a href=\"{{ Model.ContentItem | display_url }}\">{{ Model.ContentItem.DisplayText }}</a></p>" }
              } } ]
            }
            """;

        private SiteFactory? _site;

        public SiteFactory Site => _site ?? throw new InvalidOperationException("The site has not started.");

        public async Task InitializeAsync()
        {
            _site = await SiteFactory.StartAsync();
            await _site.ImportRecipeAsync(Fixture.Path("Orchard/Blog/blog.recipe.json"));
            var path = Path.Combine(_site.AppDataPath, "blog-templates.recipe.json");
            await File.WriteAllTextAsync(path, TemplatesRecipe);
            await _site.ImportRecipeAsync(path);
        }

        public async Task DisposeAsync()
        {
            if (_site is not null)
            {
                await _site.DisposeAsync();
            }
        }
    }
}
