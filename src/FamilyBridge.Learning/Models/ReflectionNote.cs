namespace FamilyBridge.Learning.Models;

/// <summary>A reader's private answer to a lesson's reflection prompt. Only its author ever sees it.</summary>
public sealed class ReflectionNote
{
    public required string UserId { get; set; }

    public required string LessonContentItemId { get; set; }

    public required string Text { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
