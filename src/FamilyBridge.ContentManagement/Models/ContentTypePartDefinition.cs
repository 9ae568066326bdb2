using System.Globalization;
using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Models;

/// <summary>A part on a type: <c>PartName</c> (its kind), <c>Name</c> (its key in the item) and <c>Settings</c>.</summary>
public sealed class ContentTypePartDefinition(JsonObject record)
{
    public JsonObject Record { get; } = record ?? throw new ArgumentNullException(nameof(record));

    /// <summary>The key the part has in a content item, e.g. "TitlePart", or "Questions" for a named BagPart.</summary>
    public string Name => Record["Name"]?.GetValue<string>() ?? PartName;

    /// <summary>The part's kind, e.g. "BagPart" or the type-named part "Lesson".</summary>
    public string PartName => Record["PartName"]?.GetValue<string>() ?? "";

    public JsonObject Settings => Record["Settings"] as JsonObject ?? [];

    public int Position => Settings["Position"] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) => p,
        JsonValue v when v.TryGetValue<int>(out var p) => p,
        _ => int.MaxValue,
    };
}
