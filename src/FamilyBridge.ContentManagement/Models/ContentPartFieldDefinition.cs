using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Models;

/// <summary>A field on a part: <c>FieldName</c> (its kind, e.g. "TextField"), <c>Name</c> and <c>Settings</c>.</summary>
public sealed class ContentPartFieldDefinition(JsonObject record)
{
    public JsonObject Record { get; } = record ?? throw new ArgumentNullException(nameof(record));

    public string Name => Record["Name"]?.GetValue<string>() ?? "";

    public string FieldName => Record["FieldName"]?.GetValue<string>() ?? "";

    public JsonObject Settings => Record["Settings"] as JsonObject ?? [];

    public string DisplayName => Settings["DisplayName"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : Name;
}
