using System.Globalization;
using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Models;

/// <summary>A part on a type: <c>PartName</c> (its kind), <c>Name</c> (its key in the item) and <c>Settings</c>.</summary>
public sealed class ContentTypePartDefinition(JsonObject record)
{
    public JsonObject Record { get; } = record ?? throw new ArgumentNullException(nameof(record));

    /// <summary>The key the part has in a content item, e.g. "TitlePart", or "Questions" for a named BagPart.</summary>
    public string Name => Record[nameof(Name)]?.GetValue<string>() ?? PartName;

    /// <summary>The part's kind, e.g. "BagPart" or the type-named part "Lesson".</summary>
    public string PartName => Record[nameof(PartName)]?.GetValue<string>() ?? "";

    public JsonObject Settings => Record[nameof(Settings)] as JsonObject ?? [];

    /// <summary>The part's display name (<c>ContentTypePartSettings.DisplayName</c>), or null.</summary>
    public string? DisplayName => Setting(nameof(DisplayName)) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public int Position => Setting(nameof(Position)) switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) => p,
        JsonValue v when v.TryGetValue<int>(out var p) => p,
        _ => int.MaxValue,
    };

    // Orchard 1.x nests these under ContentTypePartSettings; older recipes put them directly under Settings.
    private JsonNode? Setting(string name) => (Settings["ContentTypePartSettings"] as JsonObject)?[name] ?? Settings[name];
}
