namespace FamilyBridge.ContentManagement.Events;

/// <summary>An item's place in its list (<c>ContainedPart.Order</c>) changed; its neighbours' pages change too.</summary>
public sealed record ContentReordered(string ContentItemId, string? ListContentItemId);
