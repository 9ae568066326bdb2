namespace FamilyBridge.ContentManagement.Data;

/// <summary>
/// One change to what readers can see of an item (published, unpublished, removed, reordered, imported), numbered
/// in commit order. Written by <see cref="ContentDbContext"/> in the same transaction as the change itself, so
/// every node's search index can catch up from the last number it applied, whoever made the change.
/// </summary>
public sealed class ContentChangeRecord
{
    /// <summary>The change number: grows with every change, in the order the changes committed.</summary>
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";
}
