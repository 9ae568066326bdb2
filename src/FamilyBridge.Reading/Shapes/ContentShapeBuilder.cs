using FamilyBridge.ContentManagement.Display;
using FamilyBridge.ContentManagement.Display.Liquid;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Reading.Cultures;
using FamilyBridge.Theme.Models;

namespace FamilyBridge.Reading.Shapes;

/// <summary>
/// Loads what a template shows beside the item itself (a module's lessons, a lesson's module and neighbours),
/// and the stored Liquid templates, so templates stay free of queries. Modules and lessons come from the in-memory <see cref="ReadingOutline"/>.
/// </summary>
public sealed partial class ContentShapeBuilder(
    ReadingOutline outline, IContentQuery query, IContentBodyRenderer body, StoredLiquidTemplates templates, ItemCulture cultures, IContentLocalizations localizations)
{
    /// <summary>The published item at <paramref name="path"/> (no query for a module or lesson), or null.</summary>
    public async Task<ContentItem?> FindPublishedAsync(string? path, CancellationToken cancellationToken)
    {
        var trimmed = path?.Trim('/');
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        var snapshot = await outline.GetAsync(cancellationToken);
        return snapshot.ByPath.TryGetValue(trimmed, out var item)
            ? item
            : await query.GetPublishedByPathAsync(trimmed, cancellationToken);
    }

    public async Task<ContentShape> BuildDetailAsync(ContentItem item, KnowledgeCheckResult? knowledgeCheck, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var snapshot = await outline.GetAsync(cancellationToken);
        await templates.LoadAsync(cancellationToken);
        return item.ContentType switch
        {
            ReadingOutline.ModuleType => new ContentShape { Item = item, Children = snapshot.LessonsOf(item.ContentItemId) },
            ReadingOutline.LessonType => BuildLesson(snapshot, item, knowledgeCheck, cultures),
            _ => new ContentShape { Item = item, BodyHtml = await body.RenderAsync(item, cancellationToken) },
        };
    }

    /// <summary>Every published module in the reader's language in <c>Module.Order</c>, as summaries carrying their lessons.</summary>
    public async Task<IReadOnlyList<ContentShape>> BuildModuleSummariesAsync(CancellationToken cancellationToken)
    {
        var snapshot = await outline.GetAsync(cancellationToken);
        await templates.LoadAsync(cancellationToken);
        return [.. snapshot.Modules.Where(cultures.IsInReaderCulture).Select(module => new ContentShape
        {
            Item = module,
            DisplayType = ContentShape.Summary,
            Children = snapshot.LessonsOf(module.ContentItemId),
        })];
    }

    private static ContentShape BuildLesson(ReadingOutline.Snapshot snapshot, ContentItem lesson, KnowledgeCheckResult? knowledgeCheck, ItemCulture cultures)
    {
        var moduleId = ReadingOutline.ContainerOf(lesson);
        var module = moduleId is not null && snapshot.ById.TryGetValue(moduleId, out var m) && m.ContentType == ReadingOutline.ModuleType
            ? m
            : null;
        return new ContentShape
        {
            Item = lesson,
            Container = module,
            KnowledgeCheck = knowledgeCheck,
            Navigation = module is null ? null : BuildNavigation(snapshot, lesson, module, cultures),
        };
    }

    /// <summary>Previous and next lesson; at a module's edge, the neighbouring module's (in the module's language) last or first lesson.</summary>
    private static LessonNavigation BuildNavigation(ReadingOutline.Snapshot snapshot, ContentItem lesson, ContentItem module, ItemCulture cultures)
    {
        var lessons = snapshot.LessonsOf(module.ContentItemId);
        var index = lessons.ToList().FindIndex(l => l.ContentItemId == lesson.ContentItemId);
        LessonLink? previous = index > 0 ? new LessonLink(lessons[index - 1], null) : null;
        LessonLink? next = index >= 0 && index < lessons.Count - 1 ? new LessonLink(lessons[index + 1], null) : null;
        var culture = cultures.CultureOfItem(module).Name;
        var modules = snapshot.Modules.Where(m => cultures.IsIn(m, culture)).ToList();
        var moduleIndex = modules.FindIndex(m => m.ContentItemId == module.ContentItemId);
        for (var i = moduleIndex - 1; previous is null && i >= 0; i--)
        {
            var other = snapshot.LessonsOf(modules[i].ContentItemId);
            previous = other.Count > 0 ? new LessonLink(other[^1], modules[i]) : null;
        }

        for (var i = moduleIndex + 1; next is null && moduleIndex >= 0 && i < modules.Count; i++)
        {
            var other = snapshot.LessonsOf(modules[i].ContentItemId);
            next = other.Count > 0 ? new LessonLink(other[0], modules[i]) : null;
        }

        return new LessonNavigation(previous, next);
    }
}
