using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.Learning.Models;

/// <summary>
/// Everything <c>/me</c> shows one reader, read in a handful of queries and never written: the lesson to
/// continue with, each module's progress, their notes, their checklists and every knowledge check they took.
/// </summary>
public sealed record LearnerDashboard(
    ContentItem? ContinueLesson,
    IReadOnlyList<LearnerDashboard.ModuleRow> Modules,
    IReadOnlyList<LearnerDashboard.NoteRow> Notes,
    IReadOnlyList<LearnerDashboard.ChecklistRow> Checklists,
    IReadOnlyList<LearnerDashboard.KnowledgeCheckRow> KnowledgeChecks)
{
    /// <summary>Whether the reader has saved anything at all (the page then greets a newcomer instead).</summary>
    public bool HasStarted => ContinueLesson is not null || Modules.Any(m => m.Done > 0) || Notes.Count > 0
        || Checklists.Count > 0 || KnowledgeChecks.Count > 0;

    /// <summary>A module, its published lessons in order, and which of them the reader marked done.</summary>
    public sealed record ModuleRow(ContentItem Module, IReadOnlyList<ContentItem> Lessons, IReadOnlySet<string> CompletedLessonIds)
    {
        public int Done => Lessons.Count(l => CompletedLessonIds.Contains(l.ContentItemId));

        public int Total => Lessons.Count;

        public bool IsDone(ContentItem lesson) => CompletedLessonIds.Contains(lesson?.ContentItemId ?? "");
    }

    public sealed record NoteRow(ContentItem Lesson, string Text, DateTime UpdatedUtc);

    /// <summary>A lesson's checklist with the reader's ticks, in the lesson's order.</summary>
    public sealed record ChecklistRow(ContentItem Lesson, IReadOnlyList<ChecklistLine> Items)
    {
        public int Ticked => Items.Count(i => i.Ticked);
    }

    public sealed record ChecklistLine(string Text, bool Ticked);

    /// <summary>One attempt; every attempt is kept, newest first.</summary>
    public sealed record KnowledgeCheckRow(ContentItem Lesson, int Correct, int Total, DateTime SubmittedUtc);
}
