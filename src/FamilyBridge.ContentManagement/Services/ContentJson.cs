using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Data;
using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.ContentManagement.Services;

/// <summary>How documents are written to the database and to exported recipes.</summary>
internal static class ContentJson
{
    // Stored and exported JSON is never inlined into HTML, so non-ASCII text (é, —) stays readable.
    public static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static readonly JsonSerializerOptions Indented = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    public static string Serialize(JsonNode node) => node.ToJsonString(Compact);

    public static ContentItem ToItem(ContentItemRecord record) => ContentItem.Parse(record.Document);

    public static string? NormalizePath(string? path)
    {
        var trimmed = path?.Trim().Trim('/').ToLowerInvariant();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>Copies the document and its index columns into the record.</summary>
    public static void Write(ContentItemRecord record, ContentItem item)
    {
        record.ContentItemId = item.ContentItemId;
        record.ContentItemVersionId = item.ContentItemVersionId;
        record.ContentType = item.ContentType;
        record.DisplayText = item.DisplayText;
        record.Latest = item.Latest;
        record.Published = item.Published;
        record.Path = NormalizePath(item.Path);
        var contained = item.GetPart("ContainedPart");
        record.ListContentItemId = contained?["ListContentItemId"] is JsonValue list && list.TryGetValue<string>(out var listId) ? listId : null;
        record.Order = contained?["Order"] is JsonValue order && order.TryGetValue<int>(out var o) ? o : null;
        record.CreatedUtc = item.CreatedUtc;
        record.ModifiedUtc = item.ModifiedUtc;
        record.PublishedUtc = item.PublishedUtc;
        record.Owner = item.Owner;
        record.Author = item.Author;
        record.Document = Serialize(item.Document);
        record.ConcurrencyStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>Changes the version flags in both the columns and the document.</summary>
    public static void SetFlags(ContentItemRecord record, bool latest, bool published, DateTime? publishedUtc = null)
    {
        var item = ToItem(record);
        item.Latest = latest;
        item.Published = published;
        if (publishedUtc is not null)
        {
            item.PublishedUtc = publishedUtc;
        }

        Write(record, item);
    }
}
