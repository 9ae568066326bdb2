namespace FamilyBridge.Circles.Models;

/// <summary>
/// A home-safety item copied from the curriculum at adoption (its bag ContentItemId and text), so later edits to
/// the lesson never change what a family already ticked.
/// </summary>
public sealed class ChecklistItem
{
    public long Id { get; set; }

    public required string CircleId { get; set; }

    public required string SourceContentItemId { get; set; }

    public required string Text { get; set; }

    public int Order { get; set; }

    public string? CheckedByUserId { get; set; }

    public DateTime? CheckedUtc { get; set; }
}
