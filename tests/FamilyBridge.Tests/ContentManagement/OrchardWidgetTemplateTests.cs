using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Tests.Infrastructure;
using FamilyBridge.Tests.Web;
using FamilyBridge.Theme.Display;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.ContentManagement;

/// <summary>
/// Widgets inside bags and flows drawn with Orchard's <c>Widget-{Type}</c> templates on the real site: a stored Liquid
/// template first, then the theme's Razor file, else the default drawing.
/// </summary>
public sealed class OrchardWidgetTemplateTests(OrchardWidgetTemplateTests.WidgetSiteFixture fixture) : IClassFixture<OrchardWidgetTemplateTests.WidgetSiteFixture>
{
    [Fact]
    public async Task A_flow_widget_with_a_stored_Widget_template_is_drawn_by_it_and_one_without_keeps_the_default()
    {
        var page = await HtmlPage.GetAsync(fixture.Site.CreateClient(), "/callouts");

        Assert.Equal(["Call or text 988 any time."], page.Texts("main section.widget-callout aside.callout p"));
        Assert.Empty(page.Document.QuerySelectorAll("main section.widget-callout > h2"));
        Assert.Equal(["A plain note"], page.Texts("main section.widget-note > h2"));
    }

    [Fact]
    public async Task Orchards_coming_soon_page_draws_its_register_widget_through_the_recipes_Widget_Register_template()
    {
        var page = await HtmlPage.GetAsync(fixture.Site.CreateClient(), "/");

        var widget = Assert.Single(page.Document.QuerySelectorAll("main .masthead div.input-group-newsletter"));
        Assert.Contains("Sign up below to receive updates", widget.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_theme_razor_template_draws_a_widget_by_name_with_a_typed_shape_and_a_missing_one_gives_null()
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var renderer = new RazorWidgetTemplateRenderer(
            new HttpContextAccessor { HttpContext = context },
            scope.ServiceProvider.GetRequiredService<ICompositeViewEngine>(),
            scope.ServiceProvider.GetRequiredService<ITempDataDictionaryFactory>());
        var widget = new ContentItem(JsonNode.Parse("""{ "ContentType": "Note", "TitlePart": { "Title": "Plain <note>" }, "AutoroutePart": { "Path": "notes/plain" } }""")!.AsObject());

        var drawn = await renderer.TryRenderAsync("Content.Summary", widget, CancellationToken.None);
        var missing = await renderer.TryRenderAsync("Widget-Note", widget, CancellationToken.None);

        Assert.Contains("<a href=\"/notes/plain\">Plain &lt;note&gt;</a>", drawn, StringComparison.Ordinal);
        Assert.Null(missing);
    }

    /// <summary>A site with Orchard's coming-soon recipe as its home page, and a small page whose flow holds two widgets.</summary>
    public sealed class WidgetSiteFixture : IAsyncLifetime
    {
        private const string Callouts = """
            { "name": "callouts", "steps": [
              { "name": "ContentDefinition",
                "ContentTypes": [
                  { "Name": "CalloutPage", "DisplayName": "Callout page", "Settings": { "ContentTypeSettings": { "Creatable": true } },
                    "ContentTypePartDefinitionRecords": [
                      { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
                      { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": {} },
                      { "PartName": "FlowPart", "Name": "FlowPart", "Settings": {} } ] },
                  { "Name": "Callout", "DisplayName": "Callout", "Settings": { "ContentTypeSettings": { "Stereotype": "Widget" } },
                    "ContentTypePartDefinitionRecords": [ { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart", "Settings": {} } ] },
                  { "Name": "Note", "DisplayName": "Note", "Settings": { "ContentTypeSettings": { "Stereotype": "Widget" } },
                    "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} } ] } ],
                "ContentParts": [] },
              { "name": "content", "data": [
                { "ContentItemId": "4calloutpage00000000000001", "ContentItemVersionId": "4calloutpage0000000000000v1", "ContentType": "CalloutPage",
                  "DisplayText": "Callouts", "Latest": true, "Published": true,
                  "TitlePart": { "Title": "Callouts" }, "AutoroutePart": { "Path": "callouts" },
                  "FlowPart": { "Widgets": [
                    { "ContentItemId": "4callout000000000000000001", "ContentType": "Callout", "HtmlBodyPart": { "Html": "<p>Call or text 988 any time.</p>" } },
                    { "ContentItemId": "4note00000000000000000001", "ContentType": "Note", "DisplayText": "A plain note", "TitlePart": { "Title": "A plain note" } } ] } } ] },
              { "name": "Templates", "Templates": {
                "Widget__Callout": { "Description": "", "Content": "<aside class=\"callout\">{{ Model.ContentItem.Content.HtmlBodyPart.Html | sanitize_html }}</aside>" } } },
              { "name": "Settings", "KeepFamilyBridgeHome": false } ] }
            """;

        private SiteFactory? _site;

        public SiteFactory Site => _site ?? throw new InvalidOperationException("The site has not started.");

        public async Task InitializeAsync()
        {
            _site = await SiteFactory.StartAsync();
            await _site.ImportRecipeAsync(Fixture.Path("Orchard/ComingSoon/comingsoon.recipe.json"));
            var path = Path.Combine(_site.AppDataPath, "callouts.recipe.json");
            await File.WriteAllTextAsync(path, Callouts);
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
