using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Display.Liquid;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.ContentManagement.Display;

/// <inheritdoc />
/// <remarks>Reads only. Every piece of text is encoded and every piece of HTML sanitised, whoever wrote the recipe.</remarks>
public sealed class ContentBodyRenderer(
    IContentQuery query,
    IContentDefinitionManager definitions,
    IMarkdownRenderer markdown,
    StoredLiquidTemplates templates,
    IEnumerable<IWidgetTemplateRenderer> themeWidgets) : IContentBodyRenderer
{
    // Bags hold widgets holding bags: deep enough for any real page, bounded against a hostile recipe.
    private const int MaxDepth = 6;

    public async Task<string> RenderAsync(ContentItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var context = new RenderContext(
            (await definitions.ListTypeDefinitionsAsync(cancellationToken)).ToDictionary(t => t.Name, StringComparer.Ordinal),
            (await definitions.ListPartDefinitionsAsync(cancellationToken)).ToDictionary(p => p.Name, StringComparer.Ordinal),
            new StringBuilder());
        await RenderItemAsync(item.Document, context, 0, cancellationToken);
        if (item.GetPart("ListPart") is not null)
        {
            var children = await query.GetListItemsAsync(item.ContentItemId, VersionOptions.Published, cancellationToken);
            if (children.Count > 0)
            {
                // A stored Summary template draws each child as Orchard would; without one, a link to it.
                await templates.LoadAsync(cancellationToken);
                context.Html.Append("<ul class=\"content-list\">");
                foreach (var child in children)
                {
                    var path = child.GetPart("AutoroutePart")?["Path"] is JsonValue p && p.TryGetValue<string>(out var s) ? s : null;
                    var summary = await templates.TryRenderSummaryAsync(child)
                        ?? Link(path is null ? null : "/" + path, child.DisplayText ?? child.Title ?? child.ContentType);
                    context.Html.Append("<li>").Append(summary).Append("</li>");
                }

                context.Html.Append("</ul>");
            }
        }

        return context.Html.ToString();
    }

    private async Task RenderItemAsync(JsonObject document, RenderContext context, int depth, CancellationToken cancellationToken)
    {
        var typeName = Text(document["ContentType"]);
        if (depth > MaxDepth || typeName is null || !context.Types.TryGetValue(typeName, out var type))
        {
            return;
        }

        foreach (var part in type.Parts)
        {
            if (document[part.Name] is not JsonObject value)
            {
                continue;
            }

            switch (part.PartName)
            {
                case "HtmlBodyPart":
                    context.Html.Append(markdown.SanitizeHtml(Text(value["Html"])));
                    break;
                case "MarkdownBodyPart":
                    context.Html.Append(markdown.ToSafeHtml(Text(value["Markdown"])));
                    break;
                case "BagPart" or "FlowPart":
                    foreach (var widget in (value[part.PartName == "BagPart" ? "ContentItems" : "Widgets"] as JsonArray ?? []).OfType<JsonObject>())
                    {
                        var widgetType = Text(widget["ContentType"]) ?? "item";
                        context.Html.Append("<section class=\"widget widget-").Append(HtmlEncoder.Default.Encode(widgetType.ToLowerInvariant())).Append("\">");
                        if (await TryRenderWidgetTemplateAsync(widget, widgetType, cancellationToken) is { } drawn)
                        {
                            context.Html.Append(drawn).Append("</section>");
                            continue;
                        }

                        if ((Text(widget["TitlePart"]?["Title"]) ?? Text(widget["DisplayText"])) is { Length: > 0 } heading)
                        {
                            context.Html.Append("<h2>").Append(HtmlEncoder.Default.Encode(heading)).Append("</h2>");
                        }

                        await RenderItemAsync(widget, context, depth + 1, cancellationToken);
                        context.Html.Append("</section>");
                    }

                    break;
            }

            if (context.Parts.TryGetValue(part.PartName, out var definition))
            {
                foreach (var field in definition.Fields)
                {
                    if (value[field.Name] is JsonObject fieldValue)
                    {
                        await RenderFieldAsync(field, fieldValue, context, cancellationToken);
                    }
                }
            }
        }
    }

    // Orchard's order at each name: the stored Liquid template, then the theme's file.
    private async Task<string?> TryRenderWidgetTemplateAsync(JsonObject widget, string widgetType, CancellationToken cancellationToken)
    {
        var item = new ContentItem(widget);
        await templates.LoadAsync(cancellationToken);
        foreach (var (fileName, shapeName) in LiquidTemplateNames.ForWidget(widgetType))
        {
            if (await templates.TryRenderAsync(shapeName, item) is { } liquid)
            {
                return liquid;
            }

            foreach (var theme in themeWidgets)
            {
                if (await theme.TryRenderAsync(fileName, item, cancellationToken) is { } razor)
                {
                    return razor;
                }
            }
        }

        return null;
    }

    private async Task RenderFieldAsync(ContentPartFieldDefinition field, JsonObject value, RenderContext context, CancellationToken cancellationToken)
    {
        var css = "field field-" + HtmlEncoder.Default.Encode(field.Name.ToLowerInvariant());
        switch (field.FieldName)
        {
            case "TextField" when Text(value["Text"]) is { Length: > 0 } text:
                context.Html.Append("<p class=\"").Append(css).Append("\">").Append(HtmlEncoder.Default.Encode(text)).Append("</p>");
                break;
            case "HtmlField" when Text(value["Html"]) is { Length: > 0 } html:
                context.Html.Append("<div class=\"").Append(css).Append("\">").Append(markdown.SanitizeHtml(html)).Append("</div>");
                break;
            case "MarkdownField" when Text(value["Markdown"]) is { Length: > 0 } text:
                context.Html.Append("<div class=\"").Append(css).Append("\">").Append(markdown.ToSafeHtml(text)).Append("</div>");
                break;
            case "TaxonomyField":
                await RenderTermsAsync(field, value, context, cancellationToken);
                break;
        }
    }

    // Orchard routes a taxonomy's terms under the taxonomy's own path ("tags/earth") when it routes contained items.
    private async Task RenderTermsAsync(ContentPartFieldDefinition field, JsonObject value, RenderContext context, CancellationToken cancellationToken)
    {
        var termIds = (value["TermContentItemIds"] as JsonArray ?? []).Select(Text).OfType<string>().ToList();
        if (termIds.Count == 0 || Text(value["TaxonomyContentItemId"]) is not { } taxonomyId
            || (await query.GetManyAsync([taxonomyId], VersionOptions.Published, cancellationToken)) is not [var taxonomy, ..])
        {
            return;
        }

        var taxonomyPath = Text(taxonomy.GetPart("AutoroutePart")?["Path"]);
        var terms = (taxonomy.GetPart("TaxonomyPart")?["Terms"] as JsonArray ?? []).OfType<JsonObject>()
            .ToDictionary(t => Text(t["ContentItemId"]) ?? "", StringComparer.Ordinal);
        context.Html.Append("<p class=\"field field-").Append(HtmlEncoder.Default.Encode(field.Name.ToLowerInvariant())).Append("\">")
            .Append(HtmlEncoder.Default.Encode(field.DisplayName)).Append(": </p><ul class=\"taxonomy-terms\">");
        foreach (var id in termIds)
        {
            if (!terms.TryGetValue(id, out var term))
            {
                continue;
            }

            var termPath = Text(term["AutoroutePart"]?["Path"]);
            var href = taxonomyPath is null || termPath is null ? null : $"/{taxonomyPath}/{termPath}";
            context.Html.Append("<li>").Append(Link(href, Text(term["DisplayText"]) ?? Text(term["TitlePart"]?["Title"]) ?? id)).Append("</li>");
        }

        context.Html.Append("</ul>");
    }

    private static string Link(string? href, string text) => href is null
        ? HtmlEncoder.Default.Encode(text)
        : $"<a href=\"{HtmlEncoder.Default.Encode(href)}\">{HtmlEncoder.Default.Encode(text)}</a>";

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private sealed record RenderContext(
        Dictionary<string, ContentTypeDefinition> Types, Dictionary<string, ContentPartDefinition> Parts, StringBuilder Html);
}
