using System.Net;
using FamilyBridge.Tests.Infrastructure;
using FamilyBridge.Tests.Web;

namespace FamilyBridge.Tests.ContentManagement;

/// <summary>The real site with Orchard's blog and agency recipes imported: what a reader sees without a theme template.</summary>
public sealed class OrchardRenderingTests(OrchardRenderingTests.OrchardSiteFixture fixture) : IClassFixture<OrchardRenderingTests.OrchardSiteFixture>
{
    [Fact]
    public async Task A_blog_post_shows_its_markdown_body_and_its_tags_as_links()
    {
        var page = await HtmlPage.GetAsync(fixture.Site.CreateClient(), "/blog/post-1");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal(["Man must explore, and this is exploration at its greatest"], page.Texts("main h1"));
        Assert.Contains("Never in all their history have men been able truly to conceive of the world as one", page.Text, StringComparison.Ordinal);
        Assert.Contains("Problems look mighty small from 150 miles up", page.Text, StringComparison.Ordinal);
        var tags = page.Document.QuerySelectorAll("ul.taxonomy-terms a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Earth", "/tags/earth"), ("Exploration", "/tags/exploration"), ("Space", "/tags/space"), ("Travel", "/categories/travel")], tags);
    }

    [Fact]
    public async Task A_tag_link_leads_to_the_terms_page()
    {
        var page = await HtmlPage.GetAsync(fixture.Site.CreateClient(), "/tags/earth");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal(["Earth"], page.Texts("main h1"));
    }

    [Fact]
    public async Task An_html_body_is_shown_and_the_blog_lists_its_posts()
    {
        var about = await HtmlPage.GetAsync(fixture.Site.CreateClient(), "/about");
        var blog = await HtmlPage.GetAsync(fixture.Site.CreateClient(), "/blog");

        Assert.Contains("Lorem ipsum dolor sit amet, consectetur adipisicing elit. Saepe nostrum", about.Text, StringComparison.Ordinal);
        Assert.Equal(3, about.Document.QuerySelectorAll("main .prose p").Count(p => p.TextContent.StartsWith("Lorem ipsum", StringComparison.Ordinal)));
        Assert.Equal(["/blog/post-1"], blog.Document.QuerySelectorAll("ul.content-list a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_agency_landing_page_is_drawn_by_the_recipes_own_liquid_template_zone_tag_and_all()
    {
        var page = await HtmlPage.GetAsync(fixture.Site.CreateClient(), "/home-page");

        Assert.Single(page.Document.QuerySelectorAll("main header.masthead"));
        Assert.Equal(["E-Commerce", "Responsive Design", "Web Security"], page.Texts("#services h4.service-heading"));
        Assert.Equal("Threads", page.Texts("#portfolio .portfolio-caption-heading")[0]);
        Assert.Empty(page.Document.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task The_home_route_an_orchard_recipe_sets_is_served_at_the_root_unless_the_site_keeps_its_own()
    {
        var kept = await HtmlPage.GetAsync(fixture.Site.CreateClient(), "/");
        var path = Path.Combine(fixture.Site.AppDataPath, "home.recipe.json");
        await File.WriteAllTextAsync(path, """{ "name": "home", "steps": [ { "name": "Settings", "KeepFamilyBridgeHome": false } ] }""");
        await fixture.Site.ImportRecipeAsync(path);
        var imported = await HtmlPage.GetAsync(fixture.Site.CreateClient(), "/");
        await File.WriteAllTextAsync(path, """{ "name": "home", "steps": [ { "name": "Settings", "KeepFamilyBridgeHome": true } ] }""");
        await fixture.Site.ImportRecipeAsync(path);

        Assert.Empty(kept.Document.QuerySelectorAll("header.masthead"));
        Assert.Single(imported.Document.QuerySelectorAll("main header.masthead"));
    }

    /// <summary>A SQLite site set up as FamilyBridge ships, then Orchard's blog and agency recipes imported.</summary>
    public sealed class OrchardSiteFixture : IAsyncLifetime
    {
        private SiteFactory? _site;

        public SiteFactory Site => _site ?? throw new InvalidOperationException("The site has not started.");

        public async Task InitializeAsync()
        {
            _site = await SiteFactory.StartAsync();
            await _site.ImportRecipeAsync(Fixture.Path("Orchard/Blog/blog.recipe.json"));
            await _site.ImportRecipeAsync(Fixture.Path("Orchard/Agency/agency.recipe.json"));
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
