using System.Text.Json;
using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Models;

/// <summary>
/// One version of an Orchard-shaped content item. The JSON document is the truth: the typed properties
/// read and write it, and parts or fields this engine does not know are kept exactly as they came.
/// </summary>
public sealed class ContentItem
{
    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = false };

    public ContentItem(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
    }

    public JsonObject Document { get; }

    public string ContentItemId { get => GetString(nameof(ContentItemId)) ?? ""; set => Document[nameof(ContentItemId)] = value; }
    public string ContentItemVersionId { get => GetString(nameof(ContentItemVersionId)) ?? ""; set => Document[nameof(ContentItemVersionId)] = value; }
    public string ContentType { get => GetString(nameof(ContentType)) ?? ""; set => Document[nameof(ContentType)] = value; }
    public string? DisplayText { get => GetString(nameof(DisplayText)); set => Document[nameof(DisplayText)] = value; }
    public bool Latest { get => GetBool(nameof(Latest)); set => Document[nameof(Latest)] = value; }
    public bool Published { get => GetBool(nameof(Published)); set => Document[nameof(Published)] = value; }
    public DateTime? CreatedUtc { get => GetDate(nameof(CreatedUtc)); set => SetDate(nameof(CreatedUtc), value); }
    public DateTime? ModifiedUtc { get => GetDate(nameof(ModifiedUtc)); set => SetDate(nameof(ModifiedUtc), value); }
    public DateTime? PublishedUtc { get => GetDate(nameof(PublishedUtc)); set => SetDate(nameof(PublishedUtc), value); }
    public string? Owner { get => GetString(nameof(Owner)); set => Document[nameof(Owner)] = value; }
    public string? Author { get => GetString(nameof(Author)); set => Document[nameof(Author)] = value; }

    /// <summary><c>TitlePart.Title</c>, falling back to <c>DisplayText</c>.</summary>
    public string Title => GetPart("TitlePart")?[nameof(Title)]?.GetValue<string>() ?? DisplayText ?? "";

    /// <summary><c>AutoroutePart.Path</c> without leading slash, or null.</summary>
    public string? Path => GetPart("AutoroutePart")?[nameof(Path)]?.GetValue<string>()?.Trim('/');

    /// <summary>A part (or named part such as a BagPart called "Questions") by its key, or null.</summary>
    public JsonObject? GetPart(string name) => Document[name] as JsonObject;

    public JsonObject GetOrCreatePart(string name)
    {
        if (Document[name] is JsonObject part)
        {
            return part;
        }

        part = [];
        Document[name] = part;
        return part;
    }

    /// <summary>A field of a part, e.g. <c>GetField("Lesson", "EstimatedMinutes")</c>.</summary>
    public JsonObject? GetField(string partName, string fieldName) => GetPart(partName)?[fieldName] as JsonObject;

    /// <summary><c>TextField.Text</c> of a field, or null.</summary>
    public string? GetText(string partName, string fieldName) => ReadString(GetField(partName, fieldName)?["Text"]);

    /// <summary><c>NumericField.Value</c> of a field, or null.</summary>
    public decimal? GetNumber(string partName, string fieldName) =>
        GetField(partName, fieldName)?["Value"] is JsonValue v && v.TryGetValue<decimal>(out var d) ? d : null;

    /// <summary><c>BooleanField.Value</c> of a field, or false.</summary>
    public bool GetBoolean(string partName, string fieldName) =>
        GetField(partName, fieldName)?["Value"] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    /// <summary>Items of a BagPart (Orchard's <c>{ "ContentItems": [...] }</c>) under the given part name.</summary>
    public IReadOnlyList<ContentItem> GetBagItems(string bagPartName) =>
        GetPart(bagPartName)?["ContentItems"] is JsonArray items
            ? [.. items.OfType<JsonObject>().Select(o => new ContentItem(o))]
            : [];

    public ContentItem Clone() => new((JsonObject)Document.DeepClone());

    public string ToJson(bool indented = false) =>
        Document.ToJsonString(indented ? new JsonSerializerOptions { WriteIndented = true } : WriteOptions);

    public static ContentItem Parse(string json) =>
        new(JsonNode.Parse(json) as JsonObject ?? throw new JsonException("A content item must be a JSON object."));

    private string? GetString(string name) => ReadString(Document[name]);

    private static string? ReadString(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private bool GetBool(string name) => Document[name] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    // Through DateTimeOffset so "…+02:00" in a hand-written recipe becomes the right UTC instant, not a local time.
    private DateTime? GetDate(string name) => Document[name] switch
    {
        JsonValue v when v.TryGetValue<DateTimeOffset>(out var o) => o.UtcDateTime,
        JsonValue v when v.TryGetValue<DateTime>(out var d) => DateTime.SpecifyKind(d, DateTimeKind.Utc),
        _ => null,
    };

    private void SetDate(string name, DateTime? value) =>
        Document[name] = value is null ? null : DateTime.SpecifyKind(value.Value, DateTimeKind.Utc);
}
