using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Data;
using FamilyBridge.ContentManagement.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.ContentManagement.Services;

public sealed class ContentQuery(ContentDbContext db) : IContentQuery
{
    public async Task<ContentItem?> GetPublishedByPathAsync(string path, CancellationToken cancellationToken = default)
    {
        var normalized = ContentJson.NormalizePath(path);
        if (normalized is null)
        {
            return null;
        }

        var record = await db.ContentItems.AsNoTracking()
            .Where(r => r.Path == normalized && r.Published)
            .OrderByDescending(r => r.PublishedUtc)
            .FirstOrDefaultAsync(cancellationToken);
        return record is null ? await GetContainedByPathAsync(normalized, cancellationToken) : ContentJson.ToItem(record);
    }

    // Orchard routes items held inside another (a taxonomy's terms) under their holder's path when the holder's
    // AutoroutePart has RouteContainedItems: "tags/earth" is the term "earth" of the taxonomy at "tags".
    private async Task<ContentItem?> GetContainedByPathAsync(string path, CancellationToken cancellationToken)
    {
        var slash = path.LastIndexOf('/');
        if (slash <= 0)
        {
            return null;
        }

        var holder = await GetPublishedByPathAsync(path[..slash], cancellationToken);
        if (holder?.GetPart("AutoroutePart")?["RouteContainedItems"] is not JsonValue routes || !routes.TryGetValue<bool>(out var yes) || !yes)
        {
            return null;
        }

        var rest = path[(slash + 1)..];
        var contained = (holder.GetPart("TaxonomyPart")?["Terms"] as JsonArray ?? [])
            .Concat(holder.GetPart("BagPart")?["ContentItems"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .FirstOrDefault(i => i["AutoroutePart"]?["Path"] is JsonValue p && p.TryGetValue<string>(out var s) && string.Equals(s.Trim('/'), rest, StringComparison.Ordinal));
        if (contained is null)
        {
            return null;
        }

        var item = new ContentItem((JsonObject)contained.DeepClone()) { Published = true, Latest = true };
        return item;
    }

    public async Task<IReadOnlyList<ContentItem>> GetListItemsAsync(string listContentItemId, VersionOptions options, CancellationToken cancellationToken = default)
    {
        var records = await Versions(db.ContentItems.AsNoTracking(), options)
            .Where(r => r.ListContentItemId == listContentItemId)
            .OrderBy(r => r.Order).ThenBy(r => r.CreatedUtc).ThenBy(r => r.ContentItemId)
            .ToListAsync(cancellationToken);
        return [.. records.Select(ContentJson.ToItem)];
    }

    public async Task<IReadOnlyList<ContentItem>> GetByTypeAsync(string contentType, VersionOptions options, CancellationToken cancellationToken = default)
    {
        var records = await Versions(db.ContentItems.AsNoTracking(), options)
            .Where(r => r.ContentType == contentType)
            .OrderBy(r => r.Order).ThenBy(r => r.CreatedUtc).ThenBy(r => r.ContentItemId)
            .ToListAsync(cancellationToken);
        return [.. records.Select(ContentJson.ToItem)];
    }

    public async Task<IReadOnlyList<ContentItem>> GetAllAsync(VersionOptions options, CancellationToken cancellationToken = default)
    {
        var records = await Versions(db.ContentItems.AsNoTracking(), options)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return [.. records.Select(ContentJson.ToItem)];
    }

    public async Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contentItemIds);
        var ids = contentItemIds.Distinct().ToList();
        var records = await Versions(db.ContentItems.AsNoTracking(), options)
            .Where(r => ids.Contains(r.ContentItemId))
            .ToListAsync(cancellationToken);
        var byId = records.ToDictionary(r => r.ContentItemId);
        return [.. ids.Where(byId.ContainsKey).Select(id => ContentJson.ToItem(byId[id]))];
    }

    public async Task<ContentListPage> ListAsync(ContentListFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var all = db.ContentItems.AsNoTracking();
        var trash = filter.Status == ContentListStatus.Trash;
        var query = trash
            ? all.Where(r => !all.Any(o => o.ContentItemId == r.ContentItemId && (o.Latest || o.Published))
                && r.Id == all.Where(o => o.ContentItemId == r.ContentItemId).Max(o => o.Id))
            : all.Where(r => r.Latest);
        if (filter.Status == ContentListStatus.Draft)
        {
            query = query.Where(r => !r.Published);
        }
        else if (filter.Status == ContentListStatus.Published)
        {
            query = query.Where(r => all.Any(p => p.ContentItemId == r.ContentItemId && p.Published));
        }

        if (!string.IsNullOrEmpty(filter.ContentType))
        {
            query = query.Where(r => r.ContentType == filter.ContentType);
        }

        if (filter.ExcludedTypes is { Count: > 0 } excluded)
        {
            var names = excluded.ToList();
            query = query.Where(r => !names.Contains(r.ContentType));
        }

        if (!string.IsNullOrEmpty(filter.ListContentItemId))
        {
            query = query.Where(r => r.ListContentItemId == filter.ListContentItemId);
        }

        if (!string.IsNullOrEmpty(filter.Owner))
        {
            query = query.Where(r => r.Owner == filter.Owner);
        }

        if (filter.ContentItemIds is { } only)
        {
            var ids = only.ToList();
            query = query.Where(r => ids.Contains(r.ContentItemId));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // Lower on both sides: SQLite's LIKE and PostgreSQL's strpos disagree about case otherwise.
            var search = filter.Search.Trim().ToLowerInvariant();
            query = query.Where(r => r.DisplayText != null && r.DisplayText.ToLower().Contains(search));
        }

        var pageSize = Math.Clamp(filter.PageSize, 1, 200);
        var total = await query.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var rows = await query
            .OrderByDescending(r => r.ModifiedUtc).ThenByDescending(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(r => new
            {
                r.ContentItemId,
                r.ContentItemVersionId,
                r.ContentType,
                r.DisplayText,
                r.Path,
                r.Owner,
                r.Author,
                r.ListContentItemId,
                r.Order,
                r.ModifiedUtc,
                r.Latest,
                r.Published,
                PublishedUtc = all.Where(p => p.ContentItemId == r.ContentItemId && p.Published).Select(p => p.PublishedUtc).FirstOrDefault(),
                HasPublished = all.Any(p => p.ContentItemId == r.ContentItemId && p.Published),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new ContentSummary(
            r.ContentItemId, r.ContentItemVersionId, r.ContentType, r.DisplayText ?? "", r.Path, r.Owner, r.Author,
            r.ListContentItemId, r.Order, r.ModifiedUtc, r.PublishedUtc, r.HasPublished,
            HasDraft: r.Latest && !r.Published, InTrash: trash)).ToList();
        return new ContentListPage(items, total, page, pageSize);
    }

    public async Task<bool> IsPathTakenAsync(string path, string exceptContentItemId, CancellationToken cancellationToken = default)
    {
        var normalized = ContentJson.NormalizePath(path);
        return normalized is not null && await db.ContentItems.AnyAsync(
            r => r.Path == normalized && (r.Latest || r.Published) && r.ContentItemId != exceptContentItemId, cancellationToken);
    }

    internal static IQueryable<ContentItemRecord> Versions(IQueryable<ContentItemRecord> query, VersionOptions options) => options switch
    {
        VersionOptions.Published => query.Where(r => r.Published),
        VersionOptions.Draft => query.Where(r => r.Latest && !r.Published),
        _ => query.Where(r => r.Latest),
    };
}
