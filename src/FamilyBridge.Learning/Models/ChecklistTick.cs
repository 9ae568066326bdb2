namespace FamilyBridge.Learning.Models;

/// <summary>A ticked item of a lesson's <c>Checklist</c> bag, keyed by the bag item's fixed ContentItemId.</summary>
public sealed class ChecklistTick
{
    public required string UserId { get; set; }

    public required string LessonContentItemId { get; set; }

    public required string ChecklistItemId { get; set; }

    public DateTime CheckedUtc { get; set; }
}
