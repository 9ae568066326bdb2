using FamilyBridge.ContentManagement.Events;
using FamilyBridge.Core.Events;
using FamilyBridge.Search.Indexing;

namespace FamilyBridge.Search.Handlers;

public sealed class ContentUnpublishedHandler(ContentIndexer indexer) : IDomainEventHandler<ContentUnpublished>
{
    public Task HandleAsync(ContentUnpublished domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return indexer.RemoveAsync(domainEvent.Item.ContentItemId, domainEvent.Item.ContentType, cancellationToken);
    }
}
