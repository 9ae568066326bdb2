using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Search.Models;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.Search.Indexing;

/// <summary>
/// Keeps the index in step with published content: from the numbered content changes (<see cref="CatchUpAsync"/>),
/// one item at a time, or everything from the database.
/// </summary>
public sealed class ContentIndexer(
    SearchIndex index,
    IContentQuery contentQuery,
    IContentManager contentManager,
    IContentChangeFeed changes,
    SearchDocumentBuilder builder,
    ILogger<ContentIndexer> logger)
{
    /// <summary>Changes applied per Lucene commit while catching up.</summary>
    private const int CatchUpBatch = 500;

    /// <summary>
    /// Rebuilds when the index cannot be trusted: missing, unreadable, from an older version, never numbered, or
    /// numbered ahead of the database (the database was restored or replaced under it). Returns true if it rebuilt.
    /// </summary>
    public async Task<bool> EnsureIndexAsync(CancellationToken cancellationToken = default)
    {
        var latest = await changes.LatestNumberAsync(cancellationToken);
        if (!index.NeedsRebuild && index.ChangeNumber is { } applied)
        {
            if (applied <= latest)
            {
                return false;
            }

            logger.LogWarning(
                "The search index has applied change {Applied} but the database's newest is {Latest}; it was built from another database and is rebuilt.",
                applied, latest);
        }

        var count = await RebuildFromAsync(latest, cancellationToken);
        logger.LogInformation("Search index built with {Count} published items.", count);
        return true;
    }

    /// <summary>Replaces the index with every published Lesson, Module, Resource and Page. Returns the count.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var count = await RebuildFromAsync(await changes.LatestNumberAsync(cancellationToken), cancellationToken);
        logger.LogInformation("Search index rebuilt with {Count} published items.", count);
        return count;
    }

    /// <summary>
    /// Applies every content change numbered after the index's <see cref="SearchIndex.ChangeNumber"/>, reading each
    /// changed item as it is now. Returns how many changes it applied; 0 for an index that needs a rebuild first.
    /// </summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        if (index.NeedsRebuild || index.ChangeNumber is not { } from)
        {
            return 0;
        }

        var applied = 0;
        while (true)
        {
            var batch = await changes.ReadAfterAsync(from, CatchUpBatch, cancellationToken);
            if (batch.Count == 0)
            {
                return applied;
            }

            var documents = new Dictionary<string, SearchDocument?>(StringComparer.Ordinal);
            foreach (var change in batch.DistinctBy(c => c.ContentItemId))
            {
                await AddCurrentStateAsync(change, documents, cancellationToken);
            }

            from = batch[^1].Number;
            await index.ApplyChangesAsync(documents, from, cancellationToken);
            applied += batch.Count;
        }
    }

    // The item as it is now (a later change may already be in it: applying that one again changes nothing).
    private async Task AddCurrentStateAsync(ContentChange change, Dictionary<string, SearchDocument?> documents, CancellationToken cancellationToken)
    {
        var item = await contentManager.GetAsync(change.ContentItemId, VersionOptions.Published, cancellationToken);
        var type = item?.ContentType ?? change.ContentType;
        if (!ContentTypes.IsSearchable(type))
        {
            return;
        }

        var module = item is not null && item.ContentType == ContentTypes.Lesson && ListId(item) is { } listId
            ? await contentManager.GetAsync(listId, VersionOptions.Published, cancellationToken)
            : null;
        documents[change.ContentItemId] = item is null ? null : builder.Build(item, module);
        if (type == ContentTypes.Module)
        {
            var lessons = await contentQuery.GetListItemsAsync(change.ContentItemId, VersionOptions.Published, cancellationToken);
            foreach (var lesson in lessons.Where(l => l.ContentType == ContentTypes.Lesson))
            {
                if (builder.Build(lesson, item) is { } document)
                {
                    documents[lesson.ContentItemId] = document;
                }
            }
        }
    }

    private async Task<int> RebuildFromAsync(long changeNumber, CancellationToken cancellationToken)
    {
        // The number is read before the documents: a change committed in between is applied again later, never lost.
        var documents = await LoadAsync(cancellationToken);
        await index.ReplaceAllAsync(documents, changeNumber, cancellationToken);
        return documents.Count;
    }

    private async Task<List<SearchDocument>> LoadAsync(CancellationToken cancellationToken)
    {
        var modules = (await contentQuery.GetByTypeAsync(ContentTypes.Module, VersionOptions.Published, cancellationToken))
            .Where(m => !string.IsNullOrEmpty(m.ContentItemId))
            .GroupBy(m => m.ContentItemId)
            .ToDictionary(g => g.Key, g => g.First());
        var documents = new List<SearchDocument>();
        foreach (var type in ContentTypes.Searchable)
        {
            var items = type == ContentTypes.Module
                ? modules.Values.ToList()
                : await contentQuery.GetByTypeAsync(type, VersionOptions.Published, cancellationToken);
            foreach (var item in items)
            {
                if (builder.Build(item, ModuleOf(item, modules)) is { } document)
                {
                    documents.Add(document);
                }
            }
        }

        return documents;
    }

    /// <summary>Indexes a newly published version (or drops the item when it is not searchable).</summary>
    public async Task IndexAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!ContentTypes.IsSearchable(item.ContentType))
        {
            return;
        }

        var module = item.ContentType == ContentTypes.Lesson && ListId(item) is { } listId
            ? await contentManager.GetAsync(listId, VersionOptions.Published, cancellationToken)
            : null;
        if (builder.Build(item, module) is { } document)
        {
            await index.UpsertAsync(document, cancellationToken);
        }
        else
        {
            await index.DeleteAsync(item.ContentItemId, cancellationToken);
        }

        if (item.ContentType == ContentTypes.Module)
        {
            await ReindexLessonsOfAsync(item.ContentItemId, cancellationToken);
        }
    }

    public async Task RemoveAsync(string contentItemId, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentItemId);
        await index.DeleteAsync(contentItemId, cancellationToken);
        if (contentType == ContentTypes.Module)
        {
            await ReindexLessonsOfAsync(contentItemId, cancellationToken);
        }
    }

    // A lesson carries its module's title and key: when the module changes or goes, its lessons follow.
    private async Task ReindexLessonsOfAsync(string moduleId, CancellationToken cancellationToken)
    {
        var module = await contentManager.GetAsync(moduleId, VersionOptions.Published, cancellationToken);
        var lessons = await contentQuery.GetListItemsAsync(moduleId, VersionOptions.Published, cancellationToken);
        var documents = lessons
            .Where(l => l.ContentType == ContentTypes.Lesson)
            .Select(l => builder.Build(l, module))
            .OfType<SearchDocument>()
            .ToList();
        if (documents.Count > 0)
        {
            await index.UpsertManyAsync(documents, cancellationToken);
        }
    }

    private static ContentItem? ModuleOf(ContentItem item, Dictionary<string, ContentItem> modules) =>
        item.ContentType == ContentTypes.Lesson && ListId(item) is { } id ? modules.GetValueOrDefault(id) : null;

    private static string? ListId(ContentItem item) =>
        item.GetPart("ContainedPart")?["ListContentItemId"].AsText() is { Length: > 0 } id ? id : null;
}
