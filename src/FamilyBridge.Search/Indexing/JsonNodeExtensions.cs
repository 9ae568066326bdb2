using System.Text.Json.Nodes;

namespace FamilyBridge.Search.Indexing;

internal static class JsonNodeExtensions
{
    /// <summary>The node's string value, or null when it is missing or not a string (documents come from editors and imports).</summary>
    public static string? AsText(this JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
