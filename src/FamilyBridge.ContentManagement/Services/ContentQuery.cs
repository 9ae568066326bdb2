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
        return record is null ? null : ContentJson.ToItem(record);
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

    internal static IQueryable<ContentItemRecord> Versions(IQueryable<ContentItemRecord> query, VersionOptions options) => options switch
    {
        VersionOptions.Published => query.Where(r => r.Published),
        VersionOptions.Draft => query.Where(r => r.Latest && !r.Published),
        _ => query.Where(r => r.Latest),
    };
}
