using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.ContentManagement.Events;

// Published through FamilyBridge.Core.Events.IDomainEventPublisher after the change is saved;
// other modules implement IDomainEventHandler<ContentPublished> etc.

/// <summary>An item's version became the published one.</summary>
public sealed record ContentPublished(ContentItem Item);

/// <summary>An item stopped being published (readers no longer see it).</summary>
public sealed record ContentUnpublished(ContentItem Item);

/// <summary>An item was removed.</summary>
public sealed record ContentRemoved(string ContentItemId, string ContentType);
