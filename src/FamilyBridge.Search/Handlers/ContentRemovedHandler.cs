using FamilyBridge.ContentManagement.Events;
using FamilyBridge.Core.Events;
using FamilyBridge.Search.Indexing;

namespace FamilyBridge.Search.Handlers;

/// <summary>Catches the index up before the request that made the change returns (then its search pages are evicted).</summary>
public sealed class ContentRemovedHandler(SearchIndexSync sync) : IDomainEventHandler<ContentRemoved>
{
    public Task HandleAsync(ContentRemoved domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return sync.CatchUpAsync(cancellationToken);
    }
}
