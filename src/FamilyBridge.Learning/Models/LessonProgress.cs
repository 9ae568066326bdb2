namespace FamilyBridge.Learning.Models;

/// <summary>One reader and one lesson: when they last worked on it and whether they marked it done.</summary>
public sealed class LessonProgress
{
    public required string UserId { get; set; }

    public required string LessonContentItemId { get; set; }

    /// <summary>The lesson's module when last seen (ContainedPart), so progress per module needs no content scan.</summary>
    public string? ModuleContentItemId { get; set; }

    public DateTime LastActivityUtc { get; set; }

    public DateTime? CompletedUtc { get; set; }
}
