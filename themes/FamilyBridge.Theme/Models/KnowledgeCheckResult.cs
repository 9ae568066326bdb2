namespace FamilyBridge.Theme.Models;

/// <summary>A scored knowledge check: what the reader picked and which answers were right.</summary>
public sealed class KnowledgeCheckResult
{
    public required IReadOnlyList<QuestionResult> Questions { get; init; }

    public int Correct => Questions.Count(q => q.IsCorrect);

    public int Total => Questions.Count;

    public QuestionResult? For(string questionContentItemId) =>
        Questions.FirstOrDefault(q => q.QuestionContentItemId == questionContentItemId);
}
