using System.Security.Claims;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Learning.Services;
using FamilyBridge.Reading.Shapes;
using FamilyBridge.Theme.Models;

namespace FamilyBridge.Reading.Progress;

/// <summary>
/// What a signed-in reader sees beside the content (their saved lesson state, a module's "3 of 5 done", the
/// lesson to continue with), read from Learning by the request handler so no template queries. Anonymous
/// readers cost nothing here: every method returns at once without touching the database.
/// </summary>
public sealed class ReaderProgress(LearningService learning)
{
    public static string? UserIdOf(ClaimsPrincipal user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>
    /// The shape with the reader's state added. Opening a lesson is what "continue where you left off"
    /// remembers: recorded here, at most once per reader and lesson per <see cref="LearningService.VisitInterval"/>.
    /// </summary>
    public async Task<ContentShape> AddReaderStateAsync(ClaimsPrincipal user, ContentShape shape, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (UserIdOf(user) is not { } userId)
        {
            return shape;
        }

        switch (shape.Item.ContentType)
        {
            case ReadingOutline.LessonType:
                var state = await learning.GetLessonStateAsync(userId, shape.Item.ContentItemId, cancellationToken);
                await learning.RecordVisitAsync(userId, shape.Item, state, cancellationToken);
                return shape with
                {
                    Reader = new ReaderLessonPanel(
                        state.Completed, state.Note, state.CheckedItemIds, state.LastKnowledgeCheck?.Correct, state.LastKnowledgeCheck?.Total),
                };
            case ReadingOutline.ModuleType when shape.Children.Count > 0:
                return (await AddModuleProgressAsync(user, [shape], cancellationToken))[0];
            default:
                return shape;
        }
    }

    /// <summary>
    /// Module shapes (a module's page, the home page's cards) with the reader's done lessons added, in one query
    /// for all of them. Anonymous readers get the shapes back untouched.
    /// </summary>
    public async Task<IReadOnlyList<ContentShape>> AddModuleProgressAsync(
        ClaimsPrincipal user, IReadOnlyList<ContentShape> modules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(modules);
        if (UserIdOf(user) is not { } userId || modules.Count == 0)
        {
            return modules;
        }

        var lessonIds = modules.SelectMany(m => m.Children).Select(l => l.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
        var completed = await learning.GetCompletedAmongAsync(userId, lessonIds, cancellationToken);
        return [.. modules.Select(m => m with
        {
            ModuleProgress = new ReaderModuleProgress(
                m.Children.Count(l => completed.Contains(l.ContentItemId)), m.Children.Count, completed),
        })];
    }

    public async Task<ContentItem?> GetContinueLessonAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        UserIdOf(user) is { } userId ? await learning.GetContinueLessonAsync(userId, cancellationToken) : null;
}
