namespace FamilyBridge.Theme.Models;

/// <summary>
/// A submitted knowledge check: what the reader picked and which answers were right. Scored only when
/// <see cref="IsComplete"/>; otherwise the page asks for the missing answers and keeps the ones given.
/// </summary>
public sealed class KnowledgeCheckResult
{
    public required IReadOnlyList<QuestionResult> Questions { get; init; }

    public int Correct => Questions.Count(q => q.IsCorrect);

    public int Total => Questions.Count;

    /// <summary>Whether every question has an answer, so the check can be scored.</summary>
    public bool IsComplete => Questions.All(q => q.Chosen is not null);

    public IEnumerable<QuestionResult> Unanswered => Questions.Where(q => q.Chosen is null);

    public QuestionResult? For(string questionContentItemId) =>
        Questions.FirstOrDefault(q => q.QuestionContentItemId == questionContentItemId);
}
