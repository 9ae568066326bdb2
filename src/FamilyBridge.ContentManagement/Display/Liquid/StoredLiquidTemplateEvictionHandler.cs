using FamilyBridge.ContentManagement.Events;
using FamilyBridge.Core.Caching;
using FamilyBridge.Core.Events;

namespace FamilyBridge.ContentManagement.Display.Liquid;

/// <summary>Any save of the site settings may change the stored templates: every node forgets its copy.</summary>
public sealed class StoredLiquidTemplateEvictionHandler(CacheInvalidation caches) : IDomainEventHandler<SiteSettingsChanged>
{
    public Task HandleAsync(SiteSettingsChanged domainEvent, CancellationToken cancellationToken) =>
        caches.ForgetEverywhereAsync(StoredLiquidTemplateCache.Name, cancellationToken);
}
