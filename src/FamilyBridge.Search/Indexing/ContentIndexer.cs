using System.Security.Cryptography;
using System.Text;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Search.Models;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.Search.Indexing;

/// <summary>Keeps the index in step with published content: one item at a time, or everything from the database.</summary>
public sealed class ContentIndexer(
    SearchIndex index,
    IContentQuery contentQuery,
    IContentManager contentManager,
    SearchDocumentBuilder builder,
    ILogger<ContentIndexer> logger)
{
    /// <summary>
    /// Rebuilds when the index is missing, unreadable, from an older version, or built from other content than
    /// the database now holds (a recipe imported from the command line publishes no events). Returns true if it rebuilt.
    /// </summary>
    public async Task<bool> EnsureIndexAsync(CancellationToken cancellationToken = default)
    {
        var (documents, fingerprint) = await LoadAsync(cancellationToken);
        if (!index.NeedsRebuild && index.ContentFingerprint == fingerprint)
        {
            return false;
        }

        await index.ReplaceAllAsync(documents, fingerprint, cancellationToken);
        logger.LogInformation("Search index built with {Count} published items.", documents.Count);
        return true;
    }

    /// <summary>Replaces the index with every published Lesson, Module, Resource and Page. Returns the count.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var (documents, fingerprint) = await LoadAsync(cancellationToken);
        await index.ReplaceAllAsync(documents, fingerprint, cancellationToken);
        logger.LogInformation("Search index rebuilt with {Count} published items.", documents.Count);
        return documents.Count;
    }

    private async Task<(List<SearchDocument> Documents, string Fingerprint)> LoadAsync(CancellationToken cancellationToken)
    {
        var modules = (await contentQuery.GetByTypeAsync(ContentTypes.Module, VersionOptions.Published, cancellationToken))
            .Where(m => !string.IsNullOrEmpty(m.ContentItemId))
            .GroupBy(m => m.ContentItemId)
            .ToDictionary(g => g.Key, g => g.First());
        var documents = new List<SearchDocument>();
        var versions = new List<string>();
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
                    versions.Add(item.ContentItemVersionId + "@" + item.ModifiedUtc?.Ticks);
                }
            }
        }

        versions.Sort(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', versions)));
        return (documents, Convert.ToHexString(hash));
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
