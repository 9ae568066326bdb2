using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>Content types Orchard features define in their migrations rather than in recipes.</summary>
internal static class OrchardFeatureTypes
{
    public static IEnumerable<JsonObject> For(string feature) => feature switch
    {
        // OrchardCore.Menu's Migrations.cs.
        "OrchardCore.Menu" =>
        [
            Type("Menu", "Menu", null, "TitlePart", "AliasPart", "MenuPart", "MenuItemsListPart"),
            Type("LinkMenuItem", "Link Menu Item", "MenuItem", "LinkMenuItemPart"),
            Type("ContentMenuItem", "Content Menu Item", "MenuItem", "ContentMenuItemPart"),
            Type("HtmlMenuItem", "Html Menu Item", "MenuItem", "HtmlMenuItemPart"),
        ],
        _ => [],
    };

    private static JsonObject Type(string name, string displayName, string? stereotype, params string[] parts)
    {
        var records = new JsonArray();
        for (var i = 0; i < parts.Length; i++)
        {
            records.Add(new JsonObject
            {
                ["PartName"] = parts[i],
                ["Name"] = parts[i],
                ["Settings"] = new JsonObject { ["Position"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            });
        }

        return new JsonObject
        {
            ["Name"] = name,
            ["DisplayName"] = displayName,
            ["Settings"] = new JsonObject { ["Creatable"] = "False", ["Draftable"] = "True", ["Versionable"] = "True", ["Listable"] = "False", ["Securable"] = "True", ["Stereotype"] = stereotype },
            ["ContentTypePartDefinitionRecords"] = records,
        };
    }
}
