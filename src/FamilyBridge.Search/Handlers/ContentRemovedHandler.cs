using FamilyBridge.ContentManagement.Events;
using FamilyBridge.Core.Events;
using FamilyBridge.Search.Indexing;

namespace FamilyBridge.Search.Handlers;

public sealed class ContentRemovedHandler(ContentIndexer indexer) : IDomainEventHandler<ContentRemoved>
{
    public Task HandleAsync(ContentRemoved domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return indexer.RemoveAsync(domainEvent.ContentItemId, domainEvent.ContentType, cancellationToken);
    }
}
