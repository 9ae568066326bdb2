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
    public void Orchard_tags_fluid_does_not_know_are_reported_rather_than_rendered()
    {
        Assert.False(LiquidContentRenderer.TryParse("{% zone \"Header\" %}x{% endzone %}", out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    private static async Task<string> RenderAsync(string source)
    {
        Assert.True(LiquidContentRenderer.TryParse(source, out var template, out var error), error);
        return await new LiquidContentRenderer(new MarkdownRenderer()).RenderAsync(template!, Post);
    }
}
