using FamilyBridge.ContentManagement.Events;
using FamilyBridge.Core.Events;
using FamilyBridge.Search.Indexing;

namespace FamilyBridge.Search.Handlers;

public sealed class ContentPublishedHandler(ContentIndexer indexer) : IDomainEventHandler<ContentPublished>
{
    public Task HandleAsync(ContentPublished domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return indexer.IndexAsync(domainEvent.Item, cancellationToken);
    }
}
