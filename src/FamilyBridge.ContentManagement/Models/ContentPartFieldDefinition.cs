using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Models;

/// <summary>A field on a part: <c>FieldName</c> (its kind, e.g. "TextField"), <c>Name</c> and <c>Settings</c>.</summary>
public sealed class ContentPartFieldDefinition(JsonObject record)
{
    public JsonObject Record { get; } = record ?? throw new ArgumentNullException(nameof(record));

    public string Name => Record[nameof(Name)]?.GetValue<string>() ?? "";

    public string FieldName => Record[nameof(FieldName)]?.GetValue<string>() ?? "";

    public JsonObject Settings => Record[nameof(Settings)] as JsonObject ?? [];

    public string DisplayName => Setting(nameof(DisplayName)) is JsonValue v && v.TryGetValue<string>(out var s) ? s : Name;

    /// <summary>The field's <c>Hint</c> setting, or null.</summary>
    public string? Hint => Setting(nameof(Hint)) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>
    /// The editor Orchard shows (<c>ContentPartFieldSettings.Editor</c>, e.g. "TextArea"); older FamilyBridge
    /// definitions kept it under <c>TextFieldEditorSettings</c>, which is still read.
    /// </summary>
    public string? Editor =>
        Setting(nameof(Editor)) is JsonValue v && v.TryGetValue<string>(out var s) ? s
        : (Settings["TextFieldEditorSettings"] as JsonObject)?[nameof(Editor)] is JsonValue legacy && legacy.TryGetValue<string>(out var l) ? l : null;

    // Orchard 1.x nests these under ContentPartFieldSettings; older recipes put them directly under Settings.
    private JsonNode? Setting(string name) => (Settings["ContentPartFieldSettings"] as JsonObject)?[name] ?? Settings[name];
}
