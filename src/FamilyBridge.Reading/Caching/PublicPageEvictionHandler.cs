using FamilyBridge.ContentManagement.Events;
using FamilyBridge.Core.Caching;
using FamilyBridge.Core.Events;
using FamilyBridge.Core.Hosting;
using FamilyBridge.Reading.Cultures;
using FamilyBridge.Reading.Shapes;
using Microsoft.AspNetCore.OutputCaching;

namespace FamilyBridge.Reading.Caching;

/// <summary>
/// Evicts the cached public pages that showed a changed item, and drops the in-memory outline, the lesson fragments
/// drawn from it and the site name on every node, as the content events arrive (after the change is saved), so an
/// editor's publish shows on the next request. The in-memory copies go first: a page rendered after the eviction must not come from a stale outline.
/// Registered after Search's handlers, so search pages are evicted once the index already has the change.
/// </summary>
public sealed class PublicPageEvictionHandler(IOutputCacheStore store, CacheInvalidation caches) :
    IDomainEventHandler<ContentPublished>,
    IDomainEventHandler<ContentUnpublished>,
    IDomainEventHandler<ContentRemoved>,
    IDomainEventHandler<ContentReordered>,
    IDomainEventHandler<SiteSettingsChanged>
{
    public Task HandleAsync(ContentPublished domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var item = domainEvent.Item;
        return EvictAsync(item.ContentItemId, ReadingOutline.ContainerOf(item), item.ContentType, TranslationTags.Of(item), cancellationToken);
    }

    public Task HandleAsync(ContentUnpublished domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var item = domainEvent.Item;
        return EvictAsync(item.ContentItemId, ReadingOutline.ContainerOf(item), item.ContentType, TranslationTags.Of(item), cancellationToken);
    }

    public Task HandleAsync(ContentRemoved domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return EvictAsync(domainEvent.ContentItemId, null, domainEvent.ContentType, null, cancellationToken);
    }

    public Task HandleAsync(ContentReordered domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return EvictAsync(domainEvent.ContentItemId, domainEvent.ListContentItemId, null, null, cancellationToken);
    }

    public async Task HandleAsync(SiteSettingsChanged domainEvent, CancellationToken cancellationToken)
    {
        await caches.ForgetEverywhereAsync(SiteNameSource.Name, cancellationToken);
        await store.EvictByTagAsync(PublicPageCache.SiteTag, cancellationToken);
    }

    private async Task EvictAsync(string contentItemId, string? containerId, string? contentType, string? translationsTag, CancellationToken cancellationToken)
    {
        if (translationsTag is not null)
        {
            await store.EvictByTagAsync(translationsTag, cancellationToken);
        }

        await caches.ForgetEverywhereAsync(ReadingOutline.Name, cancellationToken);
        await caches.ForgetEverywhereAsync(LessonFragmentCache.Name, cancellationToken);
        await store.EvictByTagAsync(PublicPageCache.ItemTag(contentItemId), cancellationToken);
        if (containerId is not null)
        {
            await store.EvictByTagAsync(PublicPageCache.ItemTag(containerId), cancellationToken);
        }

        if (contentType is not null)
        {
            await store.EvictByTagAsync(PublicPageCache.TypeTag(contentType), cancellationToken);
        }

        await store.EvictByTagAsync(PublicPageCache.SearchTag, cancellationToken);
    }
}
