namespace FamilyBridge.ContentManagement.Models;

/// <summary>One numbered change to what readers can see of an item; read the item itself for its state now.</summary>
public sealed record ContentChange(long Number, string ContentItemId, string ContentType);
