namespace FamilyBridge.Learning.Models;

/// <summary>One submitted knowledge check; every attempt is kept, the newest is shown.</summary>
public sealed class KnowledgeCheckResult
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public required string LessonContentItemId { get; set; }

    /// <summary>Question ContentItemId → the 1-based choice picked, as JSON.</summary>
    public required string AnswersJson { get; set; }

    public int Correct { get; set; }

    public int Total { get; set; }

    public DateTime SubmittedUtc { get; set; }
}
