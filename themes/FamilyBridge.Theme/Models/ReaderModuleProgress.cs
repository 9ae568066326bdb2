namespace FamilyBridge.Theme.Models;

/// <summary>
/// A signed-in reader's progress through one module ("3 of 5 lessons done", which ones). Only ever built for a
/// signed-in reader, whose pages are never cached: it must never reach an anonymous (shared) page.
/// </summary>
public sealed record ReaderModuleProgress(int Done, int Total, IReadOnlySet<string> CompletedLessonIds)
{
    public bool IsComplete => Total > 0 && Done >= Total;

    public bool IsDone(string lessonContentItemId) => CompletedLessonIds.Contains(lessonContentItemId);
}
