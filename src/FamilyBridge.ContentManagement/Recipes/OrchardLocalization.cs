using System.Globalization;
using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// Orchard Core's content localization in an export: items keep <c>"LocalizationPart": { "LocalizationSet", "Culture" }</c>
/// (OrchardCore.ContentLocalization.Abstractions/Models/LocalizationPart.cs), the types of those items list the part, and
/// the <c>feature</c> step enables <c>OrchardCore.ContentLocalization</c>. Orchard's LocalizedContentItemIndex removes
/// the part from an item whose type does not list it, so without the type record the twins would lose their link.
/// </summary>
internal static class OrchardLocalization
{
    public const string PartName = "LocalizationPart";

    public const string Feature = "OrchardCore.ContentLocalization";

    /// <summary>The content types whose items (any version being exported) carry a LocalizationPart.</summary>
    public static HashSet<string> LocalizedTypes(IEnumerable<ContentItem> items) =>
        [.. items.Where(i => i.GetPart(PartName) is not null).Select(i => i.ContentType)];

    /// <summary>Adds LocalizationPart, last, to each exported type record in <paramref name="localizedTypes"/> that lacks it.</summary>
    public static void AttachTo(JsonArray typeRecords, IReadOnlySet<string> localizedTypes)
    {
        foreach (var type in typeRecords.OfType<JsonObject>())
        {
            if (type["Name"]?.GetValue<string>() is not { } name || !localizedTypes.Contains(name)
                || type["ContentTypePartDefinitionRecords"] is not JsonArray parts
                || parts.OfType<JsonObject>().Any(p => p["PartName"]?.GetValue<string>() == PartName))
            {
                continue;
            }

            parts.Add(new JsonObject
            {
                ["PartName"] = PartName,
                ["Name"] = PartName,
                ["Settings"] = new JsonObject
                {
                    ["ContentTypePartSettings"] = new JsonObject { ["Position"] = parts.Count.ToString(CultureInfo.InvariantCulture) },
                },
            });
        }
    }
}
