using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Models;

/// <summary>
/// A part as Orchard's <c>ContentPartDefinitionRecord</c>: <c>Name</c>, <c>Settings</c> and
/// <c>ContentPartFieldDefinitionRecords</c>.
/// </summary>
public sealed class ContentPartDefinition(JsonObject record)
{
    public JsonObject Record { get; } = record ?? throw new ArgumentNullException(nameof(record));

    public string Name => Record[nameof(Name)]?.GetValue<string>() ?? "";

    public JsonObject Settings => Record[nameof(Settings)] as JsonObject ?? [];

    public IReadOnlyList<ContentPartFieldDefinition> Fields =>
        Record["ContentPartFieldDefinitionRecords"] is JsonArray fields
            ? [.. fields.OfType<JsonObject>().Select(f => new ContentPartFieldDefinition(f))]
            : [];
}
