using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Models;

/// <summary>
/// A content type as Orchard's <c>ContentTypeDefinitionRecord</c>: <c>Name</c>, <c>DisplayName</c>,
/// <c>Settings</c> and <c>ContentTypePartDefinitionRecords</c>. <see cref="Record"/> keeps every setting as it came.
/// </summary>
public sealed class ContentTypeDefinition(JsonObject record)
{
    public JsonObject Record { get; } = record ?? throw new ArgumentNullException(nameof(record));

    public string Name => Record[nameof(Name)]?.GetValue<string>() ?? "";

    public string DisplayName => Record[nameof(DisplayName)] is JsonValue v && v.TryGetValue<string>(out var s) ? s : Name;

    public JsonObject Settings => Record[nameof(Settings)] as JsonObject ?? [];

    /// <summary>The type's parts in <c>Position</c> order (Orchard stores Position as a string).</summary>
    public IReadOnlyList<ContentTypePartDefinition> Parts =>
        Record["ContentTypePartDefinitionRecords"] is JsonArray parts
            ? [.. parts.OfType<JsonObject>().Select(p => new ContentTypePartDefinition(p)).OrderBy(p => p.Position)]
            : [];

    /// <summary>
    /// A boolean type setting such as <c>Creatable</c> or <c>Draftable</c>: Orchard 1.x keeps them under
    /// <c>Settings.ContentTypeSettings</c> (true/false), older recipes directly under <c>Settings</c> ("True"/"False").
    /// </summary>
    public bool GetSetting(string name) => Setting(name) switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => bool.TryParse(s, out var b) && b,
        _ => false,
    };

    /// <summary>The type's stereotype ("Widget", "MenuItem"), or null.</summary>
    public string? Stereotype => Setting(nameof(Stereotype)) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The type's <c>Description</c> setting, or null.</summary>
    public string? Description => Setting(nameof(Description)) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private JsonNode? Setting(string name) => (Settings["ContentTypeSettings"] as JsonObject)?[name] ?? Settings[name];
}
