using System.Globalization;
using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// Content types Orchard features define in their migrations rather than in recipes, written with Orchard's named
/// settings sections (<c>ContentTypeSettings</c>, <c>ContentTypePartSettings</c>) so they export as Orchard wrote them.
/// Features that only bring parts or fields (Html, Markdown, Autoroute, Lists, Flows, Widgets) need nothing here:
/// the recipe's own types use those parts.
/// </summary>
internal static class OrchardFeatureTypes
{
    /// <summary>The features whose types are defined here, for the export's <c>feature</c> step.</summary>
    public static IReadOnlyList<string> Features { get; } = ["OrchardCore.Menu", "OrchardCore.Taxonomies", "OrchardCore.Forms"];

    public static IEnumerable<JsonObject> For(string feature) => feature switch
    {
        // OrchardCore.Menu's Migrations/menu.recipe.json.
        "OrchardCore.Menu" =>
        [
            Type("Menu", "Menu", null, Flags(listable: true, creatable: false), ("TitlePart", null), ("AliasPart", null), ("MenuPart", null), ("MenuItemsListPart", null)),
            Type("LinkMenuItem", "Link Menu Item", "MenuItem", Flags(), ("LinkMenuItemPart", null), ("LinkMenuItem", null)),
            Type("ContentMenuItem", "Content Menu Item", "MenuItem", Flags(), ("ContentMenuItemPart", null), ("ContentMenuItem", null)),
            Type("HtmlMenuItem", "Html Menu Item", "MenuItem", Flags(), ("HtmlMenuItemPart", null), ("HtmlMenuItem", null)),
        ],

        // OrchardCore.Taxonomies' Migrations.cs: a taxonomy holds its terms in TaxonomyPart.Terms.
        "OrchardCore.Taxonomies" =>
        [
            Type("Taxonomy", "Taxonomy", null, Flags(listable: true, creatable: true),
                ("TitlePart", null),
                ("AliasPart", new JsonObject { ["AliasPartSettings"] = new JsonObject { ["Pattern"] = "{{ Model.ContentItem | display_text | slugify }}" } }),
                ("AutoroutePart", new JsonObject { ["AutoroutePartSettings"] = new JsonObject { ["Pattern"] = "{{ Model.ContentItem | display_text | slugify }}", ["AllowRouteContainedItems"] = true } }),
                ("TaxonomyPart", null)),
        ],

        // OrchardCore.Forms' Migrations.cs: form elements are widgets placed in a FlowPart.
        "OrchardCore.Forms" =>
        [
            Widget("Form", ("TitlePart", null), ("FormElementPart", null), ("FormPart", null), ("FlowPart", null)),
            Widget("Label", ("TitlePart", null), ("FormElementPart", null), ("LabelPart", null)),
            Widget("Input", ("FormInputElementPart", null), ("FormElementPart", null), ("FormElementLabelPart", null), ("InputPart", null), ("FormElementValidationPart", null)),
            Widget("TextArea", ("FormInputElementPart", null), ("FormElementPart", null), ("FormElementLabelPart", null), ("TextAreaPart", null), ("FormElementValidationPart", null)),
            Widget("Select", ("FormInputElementPart", null), ("FormElementPart", null), ("FormElementLabelPart", null), ("SelectPart", null), ("FormElementValidationPart", null)),
            Widget("Button", ("FormInputElementPart", null), ("FormElementPart", null), ("ButtonPart", null)),
            Widget("ValidationSummary", ("ValidationSummaryPart", null)),
            Widget("Validation", ("ValidationPart", null)),
        ],
        _ => [],
    };

    private static JsonObject Flags(bool listable = false, bool creatable = false) => new()
    {
        ["Creatable"] = creatable,
        ["Listable"] = listable,
        ["Draftable"] = true,
        ["Versionable"] = true,
        ["Securable"] = true,
    };

    private static JsonObject Widget(string name, params (string Part, JsonObject? Settings)[] parts) =>
        Type(name, name, "Widget", Flags(), parts);

    private static JsonObject Type(string name, string displayName, string? stereotype, JsonObject typeSettings, params (string Part, JsonObject? Settings)[] parts)
    {
        var records = new JsonArray();
        for (var i = 0; i < parts.Length; i++)
        {
            var settings = parts[i].Settings ?? [];
            settings["ContentTypePartSettings"] = new JsonObject { ["Position"] = i.ToString(CultureInfo.InvariantCulture) };
            records.Add(new JsonObject { ["PartName"] = parts[i].Part, ["Name"] = parts[i].Part, ["Settings"] = settings });
        }

        if (stereotype is not null)
        {
            typeSettings["Stereotype"] = stereotype;
        }

        return new JsonObject
        {
            ["Name"] = name,
            ["DisplayName"] = displayName,
            ["Settings"] = new JsonObject { ["ContentTypeSettings"] = typeSettings },
            ["ContentTypePartDefinitionRecords"] = records,
        };
    }
}
