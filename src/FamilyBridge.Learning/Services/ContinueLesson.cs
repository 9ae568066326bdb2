using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.Learning.Services;

/// <summary>
/// "Continue where you left off", as a rule on data already read: the last lesson worked on if it is not done,
/// else the next unfinished one in its module (wrapping round), else the first unfinished one in the modules
/// that follow (wrapping round). Null when nothing was started or everything is done.
/// </summary>
public static class ContinueLesson
{
    /// <param name="recentLessonIds">Lessons the reader worked on, most recent first.</param>
    /// <param name="completed">Lessons the reader marked done.</param>
    /// <param name="modules">Published modules in order.</param>
    /// <param name="lessonsOf">A module's published lessons in order.</param>
    public static ContentItem? Pick(
        IEnumerable<string> recentLessonIds,
        IReadOnlySet<string> completed,
        IReadOnlyList<ContentItem> modules,
        Func<string, IReadOnlyList<ContentItem>> lessonsOf)
    {
        ArgumentNullException.ThrowIfNull(recentLessonIds);
        ArgumentNullException.ThrowIfNull(completed);
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentNullException.ThrowIfNull(lessonsOf);
        var published = modules.SelectMany(m => lessonsOf(m.ContentItemId)).ToDictionary(l => l.ContentItemId, StringComparer.Ordinal);

        // A lesson since unpublished (or moved out of every module) is skipped, not offered.
        var last = recentLessonIds.Select(id => published.GetValueOrDefault(id)).FirstOrDefault(l => l is not null);
        if (last is null)
        {
            return null;
        }

        if (!completed.Contains(last.ContentItemId))
        {
            return last;
        }

        var moduleIndex = modules.ToList().FindIndex(m => m.ContentItemId == LearningService.ModuleIdOf(last));
        var lessons = lessonsOf(modules[moduleIndex].ContentItemId);
        var at = lessons.ToList().FindIndex(l => l.ContentItemId == last.ContentItemId);
        var next = lessons.Skip(at + 1).Concat(lessons.Take(Math.Max(at, 0))).FirstOrDefault(l => !completed.Contains(l.ContentItemId));
        if (next is not null)
        {
            return next;
        }

        return modules.Skip(moduleIndex + 1).Concat(modules.Take(moduleIndex))
            .SelectMany(m => lessonsOf(m.ContentItemId))
            .FirstOrDefault(l => !completed.Contains(l.ContentItemId));
    }
}
