using FamilyBridge.ContentManagement.Events;
using FamilyBridge.Core.Events;
using FamilyBridge.Search.Indexing;

namespace FamilyBridge.Search.Handlers;

/// <summary>Catches the index up before the request that made the change returns (then its search pages are evicted).</summary>
public sealed class ContentUnpublishedHandler(SearchIndexSync sync) : IDomainEventHandler<ContentUnpublished>
{
    public Task HandleAsync(ContentUnpublished domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return sync.CatchUpAsync(cancellationToken);
    }
}
