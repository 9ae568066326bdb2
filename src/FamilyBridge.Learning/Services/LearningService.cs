using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Data;
using FamilyBridge.Learning.Data;
using FamilyBridge.Learning.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Learning.Services;

/// <summary>A reader's progress through the lessons: the rules and the reads; pages and components stay thin.</summary>
public sealed class LearningService(LearningDbContext db, IContentManager content, IContentQuery query, TimeProvider clock)
{
    public const string LessonType = "Lesson";
    public const string ModuleType = "Module";

    /// <summary>The published lesson with this id, or null (unknown, unpublished, or not a lesson).</summary>
    public async Task<ContentItem?> GetLessonAsync(string lessonId, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(lessonId, VersionOptions.Published, cancellationToken);
        return item?.ContentType == LessonType ? item : null;
    }

    public static string? ModuleIdOf(ContentItem lesson) =>
        lesson?.GetPart("ContainedPart")?["ListContentItemId"]?.GetValue<string>();

    /// <summary>
    /// How long a lesson visit counts as "now" for "continue where you left off": a reader paging back and forth
    /// within it costs no write.
    /// </summary>
    public static readonly TimeSpan VisitInterval = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Everything the reader saved on one lesson in one round trip (UNION ALL of four small reads), because the
    /// signed-in lesson page pays for every query on every view.
    /// </summary>
    public async Task<LessonState> GetLessonStateAsync(string userId, string lessonId, CancellationToken cancellationToken)
    {
        var rows = new List<LessonStateRow>();
        await foreach (var row in LessonStateQuery.For(db)(db, userId, lessonId).WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        var visit = rows.FirstOrDefault(r => r.Kind == 0);
        var check = rows.FirstOrDefault(r => r.Kind == 3);
        return new LessonState(
            visit?.A == 1,
            rows.FirstOrDefault(r => r.Kind == 1)?.Text,
            rows.Where(r => r.Kind == 2 && r.Text is not null).Select(r => r.Text!).ToHashSet(StringComparer.Ordinal),
            check is null ? null : new KnowledgeCheckScore(check.A, check.B),
            visit?.When);
    }

    // Compiled once: EF otherwise walks and compares this four-part expression tree on every signed-in lesson view,
    // which cost about a tenth of the request (bench/http profile).
    private static readonly PerModelQuery<Func<LearningDbContext, string, string, IAsyncEnumerable<LessonStateRow>>> LessonStateQuery = new(() =>
        EF.CompileAsyncQuery((LearningDbContext db, string userId, string lessonId) =>
            db.LessonProgress.AsNoTracking().Where(p => p.UserId == userId && p.LessonContentItemId == lessonId)
                .Select(p => new LessonStateRow { Kind = 0, Text = null, A = p.CompletedUtc != null ? 1 : 0, B = 0, When = p.LastActivityUtc })
                .Concat(db.ReflectionNotes.AsNoTracking().Where(n => n.UserId == userId && n.LessonContentItemId == lessonId)
                    .Select(n => new LessonStateRow { Kind = 1, Text = n.Text, A = 0, B = 0, When = null }))
                .Concat(db.ChecklistTicks.AsNoTracking().Where(t => t.UserId == userId && t.LessonContentItemId == lessonId)
                    .Select(t => new LessonStateRow { Kind = 2, Text = t.ChecklistItemId, A = 0, B = 0, When = null }))
                .Concat(db.KnowledgeCheckResults.AsNoTracking()
                    .Where(r => r.UserId == userId && r.LessonContentItemId == lessonId
                        && r.Id == db.KnowledgeCheckResults.Where(x => x.UserId == userId && x.LessonContentItemId == lessonId).Max(x => x.Id))
                    .Select(r => new LessonStateRow { Kind = 3, Text = null, A = r.Correct, B = r.Total, When = null }))));

    private sealed class LessonStateRow
    {
        public int Kind { get; init; }

        public string? Text { get; init; }

        public int A { get; init; }

        public int B { get; init; }

        public DateTime? When { get; init; }
    }

    /// <summary>
    /// Remembers that the reader opened the lesson ("continue where you left off"), at most once per
    /// <see cref="VisitInterval"/>: <paramref name="state"/> is what the page already read, so a fresh visit
    /// costs nothing. Returns whether anything was written.
    /// </summary>
    public async Task<bool> RecordVisitAsync(string userId, ContentItem lesson, LessonState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var now = clock.GetUtcNow().UtcDateTime;
        if (state.LastActivityUtc is { } last && now - last < VisitInterval)
        {
            return false;
        }

        await GetOrAddProgressAsync(userId, lesson, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task SetCompletedAsync(string userId, ContentItem lesson, bool completed, CancellationToken cancellationToken)
    {
        var progress = await GetOrAddProgressAsync(userId, lesson, cancellationToken);
        progress.CompletedUtc = completed ? progress.CompletedUtc ?? progress.LastActivityUtc : null;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SaveNoteAsync(string userId, ContentItem lesson, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        var progress = await GetOrAddProgressAsync(userId, lesson, cancellationToken);
        var note = await db.ReflectionNotes
            .SingleOrDefaultAsync(n => n.UserId == userId && n.LessonContentItemId == lesson.ContentItemId, cancellationToken);
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            // An emptied note is a deleted note: nothing private is kept that the reader cannot see.
            if (note is not null)
            {
                db.ReflectionNotes.Remove(note);
            }
        }
        else if (note is null)
        {
            db.ReflectionNotes.Add(new ReflectionNote
            {
                UserId = userId,
                LessonContentItemId = lesson.ContentItemId,
                Text = Truncate(trimmed),
                UpdatedUtc = progress.LastActivityUtc,
            });
        }
        else
        {
            note.Text = Truncate(trimmed);
            note.UpdatedUtc = progress.LastActivityUtc;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sets which of the lesson's checklist items are ticked; ids not in the lesson's bag are ignored.</summary>
    public async Task SaveChecklistAsync(string userId, ContentItem lesson, IEnumerable<string> checkedItemIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        var progress = await GetOrAddProgressAsync(userId, lesson, cancellationToken);
        var valid = lesson.GetBagItems("Checklist").Select(i => i.ContentItemId).ToHashSet(StringComparer.Ordinal);
        var wanted = checkedItemIds.Where(valid.Contains).ToHashSet(StringComparer.Ordinal);
        var existing = await db.ChecklistTicks
            .Where(t => t.UserId == userId && t.LessonContentItemId == lesson.ContentItemId)
            .ToListAsync(cancellationToken);
        db.ChecklistTicks.RemoveRange(existing.Where(t => !wanted.Contains(t.ChecklistItemId)));
        foreach (var id in wanted.Where(id => existing.All(t => t.ChecklistItemId != id)))
        {
            db.ChecklistTicks.Add(new ChecklistTick
            {
                UserId = userId,
                LessonContentItemId = lesson.ContentItemId,
                ChecklistItemId = id,
                CheckedUtc = progress.LastActivityUtc,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RecordKnowledgeCheckAsync(string userId, string lessonId, string answersJson, int correct, int total, CancellationToken cancellationToken)
    {
        var lesson = await GetLessonAsync(lessonId, cancellationToken);
        var progress = lesson is null ? null : await GetOrAddProgressAsync(userId, lesson, cancellationToken);
        db.KnowledgeCheckResults.Add(new KnowledgeCheckResult
        {
            UserId = userId,
            LessonContentItemId = lessonId,
            AnswersJson = answersJson,
            Correct = correct,
            Total = total,
            SubmittedUtc = progress?.LastActivityUtc ?? clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Published modules in their <c>Module.Order</c>.</summary>
    public async Task<IReadOnlyList<ContentItem>> GetModulesAsync(CancellationToken cancellationToken) =>
        [.. (await query.GetByTypeAsync(ModuleType, VersionOptions.Published, cancellationToken))
            .OrderBy(m => m.GetNumber(ModuleType, "Order") ?? decimal.MaxValue)
            .ThenBy(m => m.Title, StringComparer.CurrentCulture)];

    /// <summary>Which of these lessons the reader marked done (one query; the caller knows which lessons it shows).</summary>
    public async Task<IReadOnlySet<string>> GetCompletedAmongAsync(string userId, IReadOnlyCollection<string> lessonIds, CancellationToken cancellationToken) =>
        lessonIds.Count == 0
            ? new HashSet<string>()
            : (await db.LessonProgress.AsNoTracking()
                .Where(p => p.UserId == userId && p.CompletedUtc != null && lessonIds.Contains(p.LessonContentItemId))
                .Select(p => p.LessonContentItemId)
                .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The lesson to offer next (see <see cref="ContinueLesson"/>), in three reads.</summary>
    public async Task<ContentItem?> GetContinueLessonAsync(string userId, CancellationToken cancellationToken)
    {
        var progress = await db.LessonProgress.AsNoTracking()
            .Where(p => p.UserId == userId)
            .Select(p => new { p.LessonContentItemId, p.LastActivityUtc, Done = p.CompletedUtc != null })
            .ToListAsync(cancellationToken);
        if (progress.Count == 0)
        {
            return null;
        }

        var (modules, lessonsOf) = await GetCurriculumAsync(cancellationToken);
        return ContinueLesson.Pick(
            progress.OrderByDescending(p => p.LastActivityUtc).Select(p => p.LessonContentItemId),
            progress.Where(p => p.Done).Select(p => p.LessonContentItemId).ToHashSet(StringComparer.Ordinal),
            modules,
            lessonsOf);
    }

    /// <summary>What <c>/me</c> shows, in six reads and no write.</summary>
    public async Task<LearnerDashboard> GetDashboardAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var progress = await db.LessonProgress.AsNoTracking().Where(p => p.UserId == userId).ToListAsync(cancellationToken);
        var notes = await db.ReflectionNotes.AsNoTracking().Where(n => n.UserId == userId).ToListAsync(cancellationToken);
        var ticks = await db.ChecklistTicks.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(cancellationToken);
        var checks = await db.KnowledgeCheckResults.AsNoTracking().Where(r => r.UserId == userId)
            .Select(r => new { r.Id, r.LessonContentItemId, r.Correct, r.Total, r.SubmittedUtc })
            .ToListAsync(cancellationToken);
        var (modules, lessonsOf) = await GetCurriculumAsync(cancellationToken);

        var completed = progress.Where(p => p.CompletedUtc is not null).Select(p => p.LessonContentItemId).ToHashSet(StringComparer.Ordinal);
        var lessons = modules.SelectMany(m => lessonsOf(m.ContentItemId)).ToList();
        var byId = lessons.ToDictionary(l => l.ContentItemId, StringComparer.Ordinal);
        var ticked = ticks.Select(t => t.ChecklistItemId).ToHashSet(StringComparer.Ordinal);
        var tickedLessons = ticks.Select(t => t.LessonContentItemId).ToHashSet(StringComparer.Ordinal);

        // Rows about a lesson since unpublished stay in the database (and in "Download your data") but not here:
        // there is no page left to link them to.
        return new LearnerDashboard(
            ContinueLesson.Pick(
                progress.OrderByDescending(p => p.LastActivityUtc).Select(p => p.LessonContentItemId), completed, modules, lessonsOf),
            [.. modules.Select(m => new LearnerDashboard.ModuleRow(m, lessonsOf(m.ContentItemId), completed))],
            [.. notes.Where(n => byId.ContainsKey(n.LessonContentItemId))
                .OrderByDescending(n => n.UpdatedUtc)
                .Select(n => new LearnerDashboard.NoteRow(byId[n.LessonContentItemId], n.Text, n.UpdatedUtc))],
            [.. lessons.Where(l => tickedLessons.Contains(l.ContentItemId))
                .Select(l => new LearnerDashboard.ChecklistRow(l, [.. l.GetBagItems("Checklist")
                    .Select(i => new LearnerDashboard.ChecklistLine(i.GetText("ChecklistItem", "Text") ?? "", ticked.Contains(i.ContentItemId)))]))],
            [.. checks.Where(c => byId.ContainsKey(c.LessonContentItemId))
                .OrderByDescending(c => c.SubmittedUtc).ThenByDescending(c => c.Id)
                .Select(c => new LearnerDashboard.KnowledgeCheckRow(byId[c.LessonContentItemId], c.Correct, c.Total, c.SubmittedUtc))]);
    }

    /// <summary>Published modules in order, and each module's published lessons in order: two reads.</summary>
    private async Task<(IReadOnlyList<ContentItem> Modules, Func<string, IReadOnlyList<ContentItem>> LessonsOf)> GetCurriculumAsync(
        CancellationToken cancellationToken)
    {
        var modules = await GetModulesAsync(cancellationToken);
        var lessons = (await query.GetByTypeAsync(LessonType, VersionOptions.Published, cancellationToken))
            .Where(l => ModuleIdOf(l) is not null)
            .GroupBy(l => ModuleIdOf(l)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ContentItem>)[.. g], StringComparer.Ordinal);
        return (modules, id => lessons.TryGetValue(id, out var list) ? list : []);
    }

    private async Task<LessonProgress> GetOrAddProgressAsync(string userId, ContentItem lesson, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(lesson);
        var now = clock.GetUtcNow().UtcDateTime;
        var progress = await db.LessonProgress
            .SingleOrDefaultAsync(p => p.UserId == userId && p.LessonContentItemId == lesson.ContentItemId, cancellationToken);
        if (progress is null)
        {
            progress = new LessonProgress { UserId = userId, LessonContentItemId = lesson.ContentItemId };
            db.LessonProgress.Add(progress);
        }

        progress.ModuleContentItemId = ModuleIdOf(lesson);
        progress.LastActivityUtc = now;
        return progress;
    }

    private static string Truncate(string text) =>
        text.Length <= LearningDbContext.ReflectionNoteMaxLength ? text : text[..LearningDbContext.ReflectionNoteMaxLength];
}
