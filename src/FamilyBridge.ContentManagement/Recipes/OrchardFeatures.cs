using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>The Orchard Core features a site's content needs, for the export's <c>feature</c> step.</summary>
internal static class OrchardFeatures
{
    private static readonly Dictionary<string, string> ByPart = new(StringComparer.Ordinal)
    {
        ["TitlePart"] = "OrchardCore.Title",
        ["AutoroutePart"] = "OrchardCore.Autoroute",
        ["AliasPart"] = "OrchardCore.Alias",
        ["HtmlBodyPart"] = "OrchardCore.Html",
        ["MarkdownBodyPart"] = "OrchardCore.Markdown",
        ["ListPart"] = "OrchardCore.Lists",
        ["ContainedPart"] = "OrchardCore.Lists",
        ["BagPart"] = "OrchardCore.Flows",
        ["FlowPart"] = "OrchardCore.Flows",
        ["TaxonomyPart"] = "OrchardCore.Taxonomies",
        ["TermPart"] = "OrchardCore.Taxonomies",
        ["MenuPart"] = "OrchardCore.Menu",
        ["MenuItemsListPart"] = "OrchardCore.Menu",
        ["LinkMenuItemPart"] = "OrchardCore.Menu",
        ["ContentMenuItemPart"] = "OrchardCore.Menu",
        ["HtmlMenuItemPart"] = "OrchardCore.Menu",
        ["FormPart"] = "OrchardCore.Forms",
        ["LocalizationPart"] = OrchardLocalization.Feature,
    };

    private static readonly Dictionary<string, string> ByField = new(StringComparer.Ordinal)
    {
        ["MediaField"] = "OrchardCore.Media",
        ["TaxonomyField"] = "OrchardCore.Taxonomies",
        ["MarkdownField"] = "OrchardCore.Markdown",
        ["HtmlField"] = "OrchardCore.ContentFields",
    };

    public static IReadOnlyList<string> For(IEnumerable<ContentTypeDefinition> types, IEnumerable<ContentPartDefinition> parts)
    {
        var features = new SortedSet<string>(StringComparer.Ordinal) { "OrchardCore.Contents", "OrchardCore.ContentTypes", "OrchardCore.Settings" };
        foreach (var type in types)
        {
            if (type.Stereotype == "Widget")
            {
                features.Add("OrchardCore.Widgets");
            }

            foreach (var part in type.Parts)
            {
                if (ByPart.TryGetValue(part.PartName, out var feature))
                {
                    features.Add(feature);
                }
            }
        }

        foreach (var field in parts.SelectMany(p => p.Fields))
        {
            features.Add(ByField.TryGetValue(field.FieldName, out var feature) ? feature : "OrchardCore.ContentFields");
        }

        return [.. features];
    }
}
