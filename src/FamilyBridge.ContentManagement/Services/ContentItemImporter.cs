using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Data;
using FamilyBridge.ContentManagement.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.ContentManagement.Services;

/// <summary>
/// Writes content items from a recipe or an export, as Orchard's import does: matched on
/// <c>ContentItemVersionId</c> (or, without one, the item's latest version), so importing the same data twice
/// changes nothing. A published item becomes the item's published and latest version.
/// </summary>
public sealed class ContentItemImporter(ContentDbContext db, TimeProvider clock)
{
    // Orchard reads these case-insensitively; stored documents use Orchard's spelling.
    private static readonly string[] CanonicalKeys =
    [
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published",
        "ModifiedUtc", "PublishedUtc", "CreatedUtc", "Owner", "Author",
    ];

    private static readonly string[] DateKeys = ["ModifiedUtc", "PublishedUtc", "CreatedUtc"];

    /// <summary>Imports one item. Returns it as stored, and whether anything changed.</summary>
    public async Task<(ContentItem Item, bool Changed)> ImportAsync(JsonObject source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var item = new ContentItem(Canonicalize(source));
        if (string.IsNullOrEmpty(item.ContentItemId))
        {
            item.ContentItemId = ContentIds.New();
        }

        var existing = !string.IsNullOrEmpty(item.ContentItemVersionId)
            ? await db.ContentItems.FirstOrDefaultAsync(r => r.ContentItemVersionId == item.ContentItemVersionId, cancellationToken)
            : await db.ContentItems.FirstOrDefaultAsync(r => r.ContentItemId == item.ContentItemId && r.Latest, cancellationToken);
        var existingDocument = existing is null ? null : JsonNode.Parse(existing.Document) as JsonObject;
        if (string.IsNullOrEmpty(item.ContentItemVersionId))
        {
            item.ContentItemVersionId = existing?.ContentItemVersionId ?? ContentIds.New();
        }

        if (item.Published)
        {
            item.Latest = true;
        }
        else if (item.Document["Latest"] is null)
        {
            item.Latest = true;
        }

        if (string.IsNullOrEmpty(item.DisplayText) && item.GetPart("TitlePart")?["Title"] is JsonValue title && title.TryGetValue<string>(out var text))
        {
            item.DisplayText = text;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var key in DateKeys)
        {
            if (item.Document[key] is null && (key != "PublishedUtc" || item.Published))
            {
                // Missing dates come from the version already stored, so a re-import compares equal.
                item.Document[key] = existingDocument?[key]?.DeepClone() ?? JsonValue.Create(now);
            }
        }

        if (existing is null)
        {
            existing = new ContentItemRecord();
            ContentJson.Write(existing, item);
            db.ContentItems.Add(existing);
        }
        else if (SameContent(existingDocument!, item.Document))
        {
            // As Orchard does: an unchanged version is left alone, flags included, so re-importing a recipe never
            // takes "published" away from a newer version an editor made, nor "latest" from their draft.
            return (ContentJson.ToItem(existing), false);
        }
        else
        {
            ContentJson.Write(existing, item);
        }

        var others = await db.ContentItems
            .Where(r => r.ContentItemId == item.ContentItemId && r.ContentItemVersionId != item.ContentItemVersionId
                && ((item.Latest && r.Latest) || (item.Published && r.Published)))
            .ToListAsync(cancellationToken);
        foreach (var other in others)
        {
            ContentJson.SetFlags(other, latest: other.Latest && !item.Latest, published: other.Published && !item.Published);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (ContentJson.ToItem(existing), true);
    }

    private static bool SameContent(JsonObject stored, JsonObject importing)
    {
        var a = (JsonObject)stored.DeepClone();
        var b = (JsonObject)importing.DeepClone();
        // Dates are left out too: Orchard recipes stamp items with "[js: new Date().toISOString()]", which differs on
        // every import although the content is the same.
        foreach (var flag in new[] { "Latest", "Published", "ModifiedUtc", "PublishedUtc", "CreatedUtc" })
        {
            a.Remove(flag);
            b.Remove(flag);
        }

        return ContentJson.Serialize(a) == ContentJson.Serialize(b);
    }

    private static JsonObject Canonicalize(JsonObject source)
    {
        var result = new JsonObject();
        foreach (var (key, value) in source)
        {
            var canonical = CanonicalKeys.FirstOrDefault(k => k.Equals(key, StringComparison.OrdinalIgnoreCase)) ?? key;
            result[canonical] = value?.DeepClone();
        }

        return result;
    }
}
