namespace FamilyBridge.Learning.Models;

/// <summary>What one reader saved on one lesson, for the lesson panel and "My learning".</summary>
public sealed record LessonState(
    bool Completed,
    string? Note,
    IReadOnlySet<string> CheckedItemIds,
    KnowledgeCheckScore? LastKnowledgeCheck,
    DateTime? LastActivityUtc)
{
    public static readonly LessonState Empty = new(false, null, new HashSet<string>(), null, null);
}
