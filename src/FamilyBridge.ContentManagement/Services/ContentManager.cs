using FamilyBridge.ContentManagement.Data;
using FamilyBridge.ContentManagement.Events;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.ContentManagement.Services;

/// <summary>
/// Orchard's version rules over <see cref="ContentDbContext"/>: each save is a row per version, at most one
/// <c>Latest</c> and one <c>Published</c> per item, and events go out only after the change is saved.
/// </summary>
public sealed class ContentManager(
    ContentDbContext db,
    IContentDefinitionManager definitions,
    IDomainEventPublisher events,
    TimeProvider clock) : IContentManager
{
    public async Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default)
    {
        var definition = await definitions.GetTypeDefinitionAsync(contentType, cancellationToken)
            ?? throw new InvalidOperationException($"The content type '{contentType}' is not defined.");
        var item = new ContentItem([])
        {
            ContentItemId = ContentIds.New(),
            ContentItemVersionId = ContentIds.New(),
            ContentType = definition.Name,
            DisplayText = "",
            Latest = false,
            Published = false,
            ModifiedUtc = null,
            PublishedUtc = null,
            CreatedUtc = null,
            Owner = null,
            Author = null,
        };
        foreach (var part in definition.Parts)
        {
            item.GetOrCreatePart(part.Name);
        }

        return item;
    }

    public async Task CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var now = Now();
        if (string.IsNullOrEmpty(item.ContentItemId))
        {
            item.ContentItemId = ContentIds.New();
        }

        if (string.IsNullOrEmpty(item.ContentItemVersionId))
        {
            item.ContentItemVersionId = ContentIds.New();
        }

        item.CreatedUtc ??= now;
        item.ModifiedUtc = now;
        item.Latest = true;
        item.Published = publish;
        if (publish)
        {
            item.PublishedUtc = now;
        }

        await ClearFlagsAsync(item.ContentItemId, latest: true, published: publish, cancellationToken);
        var record = new ContentItemRecord();
        ContentJson.Write(record, item);
        db.ContentItems.Add(record);
        await db.SaveChangesAsync(cancellationToken);

        if (publish)
        {
            await events.PublishAsync(new ContentPublished(item.Clone()), cancellationToken);
        }
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options, CancellationToken cancellationToken = default)
    {
        var record = await ContentQuery.Versions(db.ContentItems.AsNoTracking(), options)
            .Where(r => r.ContentItemId == contentItemId)
            .FirstOrDefaultAsync(cancellationToken);
        return record is null ? null : ContentJson.ToItem(record);
    }

    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default)
    {
        var record = await db.ContentItems.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ContentItemVersionId == contentItemVersionId, cancellationToken);
        return record is null ? null : ContentJson.ToItem(record);
    }

    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var records = await db.ContentItems.AsNoTracking()
            .Where(r => r.ContentItemId == contentItemId)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return [.. records.Select(ContentJson.ToItem)];
    }

    public async Task<string?> GetConcurrencyStampAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        await db.ContentItems.AsNoTracking()
            .Where(r => r.ContentItemId == contentItemId && r.Latest)
            .Select(r => r.ConcurrencyStamp)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<ContentItem> SaveDraftAsync(ContentItem item, CancellationToken cancellationToken = default) =>
        SaveDraftCoreAsync(item, expectedConcurrencyStamp: null, cancellationToken);

    public async Task<ContentItem> SaveDraftAsync(ContentItem item, string expectedConcurrencyStamp, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(expectedConcurrencyStamp);
        try
        {
            return await SaveDraftCoreAsync(item, expectedConcurrencyStamp, cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            db.ChangeTracker.Clear();
            throw new ContentConcurrencyException("This item was changed by someone else after you opened it. Reload it to see their changes.", e);
        }
    }

    private async Task<ContentItem> SaveDraftCoreAsync(ContentItem item, string? expectedConcurrencyStamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var latest = await db.ContentItems
            .FirstOrDefaultAsync(r => r.ContentItemId == item.ContentItemId && r.Latest, cancellationToken);
        if (expectedConcurrencyStamp is not null)
        {
            if (latest is null || latest.ConcurrencyStamp != expectedConcurrencyStamp)
            {
                throw new ContentConcurrencyException();
            }

            // ConcurrencyStamp is a concurrency token: the UPDATE checks it again, so a save racing this one
            // between this read and the write fails too (DbUpdateConcurrencyException).
        }
        var draft = item.Clone();
        draft.ModifiedUtc = Now();
        draft.Latest = true;
        draft.Published = false;

        if (latest is null)
        {
            // A removed item, or one never saved: the draft starts it (again).
            draft.ContentItemVersionId = ContentIds.New();
            draft.CreatedUtc ??= draft.ModifiedUtc;
            var created = new ContentItemRecord();
            ContentJson.Write(created, draft);
            db.ContentItems.Add(created);
        }
        else if (latest.Published)
        {
            // Readers keep the published version; the edit becomes a new draft version beside it.
            ContentJson.SetFlags(latest, latest: false, published: true);
            draft.ContentItemVersionId = ContentIds.New();
            draft.PublishedUtc = ContentJson.ToItem(latest).PublishedUtc;
            var created = new ContentItemRecord();
            ContentJson.Write(created, draft);
            db.ContentItems.Add(created);
        }
        else
        {
            draft.ContentItemVersionId = latest.ContentItemVersionId;
            ContentJson.Write(latest, draft);
        }

        await db.SaveChangesAsync(cancellationToken);
        return draft.Clone();
    }

    public async Task PublishAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var versions = await db.ContentItems
            .Where(r => r.ContentItemId == contentItemId && (r.Latest || r.Published))
            .ToListAsync(cancellationToken);
        var latest = versions.FirstOrDefault(r => r.Latest)
            ?? throw new InvalidOperationException($"Content item '{contentItemId}' does not exist.");
        if (latest.Published)
        {
            return;
        }

        foreach (var previous in versions.Where(r => r.Published))
        {
            ContentJson.SetFlags(previous, latest: false, published: false);
        }

        ContentJson.SetFlags(latest, latest: true, published: true, publishedUtc: Now());
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new ContentPublished(ContentJson.ToItem(latest)), cancellationToken);
    }

    public async Task UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var published = await db.ContentItems
            .FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.Published, cancellationToken);
        if (published is null)
        {
            return;
        }

        ContentJson.SetFlags(published, latest: published.Latest, published: false);
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new ContentUnpublished(ContentJson.ToItem(published)), cancellationToken);
    }

    public async Task RemoveAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var versions = await db.ContentItems
            .Where(r => r.ContentItemId == contentItemId && (r.Latest || r.Published))
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return;
        }

        foreach (var version in versions)
        {
            ContentJson.SetFlags(version, latest: false, published: false);
        }

        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new ContentRemoved(contentItemId, versions[0].ContentType), cancellationToken);
    }

    public async Task<ContentItem?> RestoreAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var versions = await db.ContentItems.Where(r => r.ContentItemId == contentItemId).ToListAsync(cancellationToken);
        if (versions.Count == 0 || versions.Any(r => r.Latest || r.Published))
        {
            return null;
        }

        var last = versions.MaxBy(r => r.Id)!;
        ContentJson.SetFlags(last, latest: true, published: false);
        await db.SaveChangesAsync(cancellationToken);
        return ContentJson.ToItem(last);
    }

    public async Task<ContentItem?> RestoreVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default)
    {
        var old = await db.ContentItems.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ContentItemVersionId == contentItemVersionId, cancellationToken);
        if (old is null)
        {
            return null;
        }

        var latest = await db.ContentItems
            .FirstOrDefaultAsync(r => r.ContentItemId == old.ContentItemId && r.Latest, cancellationToken);
        if (latest is null)
        {
            return null;
        }

        ContentJson.SetFlags(latest, latest: false, published: latest.Published);
        var draft = ContentJson.ToItem(old);
        draft.ContentItemVersionId = ContentIds.New();
        draft.Latest = true;
        draft.Published = false;
        draft.ModifiedUtc = Now();
        var created = new ContentItemRecord();
        ContentJson.Write(created, draft);
        db.ContentItems.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    public async Task SetOrderAsync(string contentItemId, int order, CancellationToken cancellationToken = default)
    {
        var versions = await db.ContentItems
            .Where(r => r.ContentItemId == contentItemId && (r.Latest || r.Published))
            .ToListAsync(cancellationToken);
        foreach (var version in versions)
        {
            var item = ContentJson.ToItem(version);
            item.GetOrCreatePart("ContainedPart")["Order"] = order;
            ContentJson.Write(version, item);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (versions.Count > 0)
        {
            await events.PublishAsync(new ContentReordered(contentItemId, versions[0].ListContentItemId), cancellationToken);
        }
    }

    private async Task ClearFlagsAsync(string contentItemId, bool latest, bool published, CancellationToken cancellationToken)
    {
        var others = await db.ContentItems
            .Where(r => r.ContentItemId == contentItemId && ((latest && r.Latest) || (published && r.Published)))
            .ToListAsync(cancellationToken);
        foreach (var other in others)
        {
            ContentJson.SetFlags(other, latest: !latest && other.Latest, published: !published && other.Published);
        }
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
