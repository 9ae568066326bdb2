using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Display.Liquid;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.Tests.ContentManagement;

/// <summary>Orchard-style Liquid through Fluid 2.30.0: the model, the filters, encoding and the sandbox.</summary>
public sealed class LiquidContentRendererTests
{
    private static readonly ContentItem Post = new(JsonNode.Parse("""
        { "ContentItemId": "4post0000000000000000000001", "ContentType": "BlogPost", "DisplayText": "Fish & <chips>",
          "AutoroutePart": { "Path": "blog/fish" },
          "MarkdownBodyPart": { "Markdown": "**Bold** <script>alert(1)</script>" },
          "HtmlBodyPart": { "Html": "<p onclick=\"x()\">Hi</p>" } }
        """)!.AsObject());

    [Fact]
    public async Task Model_ContentItem_filters_and_encoding_work_as_in_orchard()
    {
        var html = await RenderAsync(
            "<h1>{{ Model.ContentItem.DisplayText }}</h1>{{ Model.ContentItem.Content.MarkdownBodyPart.Markdown | markdownify }}"
            + "{{ Model.ContentItem.Content.HtmlBodyPart.Html | sanitize_html }}<a href=\"{{ Model.ContentItem | display_url }}\">{{ \"Read\" | t }}</a>"
            + "{{ \"2026-11-24T10:00:00Z\" | date: \"%Y\" }}");

        Assert.StartsWith("<h1>Fish &amp; &lt;chips&gt;</h1><p><strong>Bold</strong> ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.EndsWith("<p>Hi</p><a href=\"/blog/fish\">Read</a>2026", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{% include 'secrets' %}")]
    [InlineData("{% render '/etc/passwd' %}")]
    public async Task Templates_cannot_read_files(string template)
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => RenderAsync(template));
    }

    [Fact]
    public async Task A_template_that_loops_forever_is_stopped()
    {
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => RenderAsync("{% for i in (1..100000000) %}x{% endfor %}"));
    }

    [Fact]
    public void Orchards_template_names_go_from_most_to_least_specific()
    {
        Assert.Equal(
            [("Content-BlogPost.Summary", "Content_Summary__BlogPost"), ("Content.Summary", "Content_Summary"), ("Content-BlogPost", "Content__BlogPost")],
            LiquidTemplateNames.For("BlogPost", "Summary"));
        Assert.Equal(
            [("Widget-Register", "Widget__Register"), ("Content-Register", "Content__Register"), ("Content", "Content")],
            LiquidTemplateNames.For("Register", "Detail", "Widget"));
    }

    [Fact]
    public async Task Orchards_zone_block_draws_its_content_in_place_and_accepts_named_arguments()
    {
        var html = await RenderAsync("{% zone \"Header\", position: \"1\" %}<header>{{ Model.ContentItem | display_text }}</header>{% endzone %}after");

        Assert.Equal("<header>Fish &amp; &lt;chips&gt;</header>after", html);
    }

    [Fact]
    public async Task A_shape_tag_draws_the_stored_template_of_that_name_for_the_same_item_and_nothing_for_an_unknown_shape()
    {
        var shapes = new Dictionary<string, string> { ["Widget__Byline"] = "<em>{{ Model.ContentItem.DisplayText }}</em>" };

        var html = await RenderAsync("a{% shape \"Widget-Byline\" %}b{% shape \"menu\", alias: \"alias:main-menu\" %}c", shapes);

        Assert.Equal("a<em>Fish &amp; &lt;chips&gt;</em>bc", html);
    }

    [Fact]
    public async Task A_shape_that_draws_itself_stops_after_four_levels()
    {
        var html = await RenderAsync("{% shape \"Loop\" %}", new Dictionary<string, string> { ["Loop"] = "x{% shape \"Loop\" %}" });

        Assert.Equal("xxxx", html);
    }

    [Fact]
    public async Task Shape_render_draws_a_held_widget_through_its_Widget_template_and_asset_url_points_at_the_media_path()
    {
        var shapes = new Dictionary<string, string> { ["Widget__Callout"] = "<p>{{ Model.ContentItem.Callout.Text.Text }}</p>" };
        var html = await RenderAsync(
            "{% for w in Model.ContentItem.Content.FlowPart.Widgets %}{{ w | shape_build_display | shape_render }}{% endfor %}"
            + "<img src=\"{{ Model.ContentItem.Content.Image.Paths.first | asset_url | resize_url: profile: 'small' }}\">",
            shapes,
            new ContentItem(JsonNode.Parse("""
                { "ContentType": "Page", "FlowPart": { "Widgets": [
                    { "ContentType": "Callout", "Callout": { "Text": { "Text": "Call 988 <now>" } } },
                    { "ContentType": "Unknown" } ] },
                  "Image": { "Paths": [ "about/1.jpg" ] } }
                """)!.AsObject()));

        Assert.Equal("<p>Call 988 &lt;now&gt;</p><img src=\"/media/about/1.jpg\">", html);
    }

    private static async Task<string> RenderAsync(string source, IReadOnlyDictionary<string, string>? shapes = null, ContentItem? item = null)
    {
        Assert.True(LiquidContentRenderer.TryParse(source, out var template, out var error), error);
        return await new LiquidContentRenderer(new MarkdownRenderer()).RenderAsync(template!, item ?? Post, shapes);
    }
}
