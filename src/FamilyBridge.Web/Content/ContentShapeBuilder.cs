using FamilyBridge.ContentManagement.Display;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Theme.Models;

namespace FamilyBridge.Web.Content;

/// <summary>
/// Loads what a template shows beside the item itself (a module's lessons, a lesson's module and neighbours),
/// so templates stay free of queries.
/// </summary>
public sealed class ContentShapeBuilder(IContentQuery query, IContentManager contentManager, IContentBodyRenderer body)
{
    public async Task<ContentShape> BuildDetailAsync(ContentItem item, KnowledgeCheckResult? knowledgeCheck, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.ContentType switch
        {
            "Module" => new ContentShape { Item = item, Children = await GetLessonsAsync(item.ContentItemId, cancellationToken) },
            "Lesson" => await BuildLessonAsync(item, knowledgeCheck, cancellationToken),
            _ => new ContentShape { Item = item, BodyHtml = await body.RenderAsync(item, cancellationToken) },
        };
    }

    /// <summary>Every published module in <c>Module.Order</c>, as summaries carrying their lessons.</summary>
    public async Task<IReadOnlyList<ContentShape>> BuildModuleSummariesAsync(CancellationToken cancellationToken)
    {
        var shapes = new List<ContentShape>();
        foreach (var module in await GetModulesAsync(cancellationToken))
        {
            shapes.Add(new ContentShape
            {
                Item = module,
                DisplayType = ContentShape.Summary,
                Children = await GetLessonsAsync(module.ContentItemId, cancellationToken),
            });
        }

        return shapes;
    }

    private async Task<ContentShape> BuildLessonAsync(ContentItem lesson, KnowledgeCheckResult? knowledgeCheck, CancellationToken cancellationToken)
    {
        var moduleId = lesson.GetPart("ContainedPart")?["ListContentItemId"]?.GetValue<string>();
        var module = string.IsNullOrEmpty(moduleId)
            ? null
            : await contentManager.GetAsync(moduleId, VersionOptions.Published, cancellationToken);
        return new ContentShape
        {
            Item = lesson,
            Container = module,
            KnowledgeCheck = knowledgeCheck,
            Navigation = module is null ? null : await BuildNavigationAsync(lesson, module, cancellationToken),
        };
    }

    /// <summary>Previous and next lesson; at a module's edge, the neighbouring module's last or first lesson.</summary>
    private async Task<LessonNavigation> BuildNavigationAsync(ContentItem lesson, ContentItem module, CancellationToken cancellationToken)
    {
        var lessons = await GetLessonsAsync(module.ContentItemId, cancellationToken);
        var index = lessons.ToList().FindIndex(l => l.ContentItemId == lesson.ContentItemId);
        LessonLink? previous = index > 0 ? new LessonLink(lessons[index - 1], null) : null;
        LessonLink? next = index >= 0 && index < lessons.Count - 1 ? new LessonLink(lessons[index + 1], null) : null;
        if (previous is not null && next is not null)
        {
            return new LessonNavigation(previous, next);
        }

        var modules = await GetModulesAsync(cancellationToken);
        var moduleIndex = modules.ToList().FindIndex(m => m.ContentItemId == module.ContentItemId);
        if (previous is null)
        {
            for (var i = moduleIndex - 1; i >= 0 && previous is null; i--)
            {
                var other = await GetLessonsAsync(modules[i].ContentItemId, cancellationToken);
                previous = other.Count > 0 ? new LessonLink(other[^1], modules[i]) : null;
            }
        }

        if (next is null && moduleIndex >= 0)
        {
            for (var i = moduleIndex + 1; i < modules.Count && next is null; i++)
            {
                var other = await GetLessonsAsync(modules[i].ContentItemId, cancellationToken);
                next = other.Count > 0 ? new LessonLink(other[0], modules[i]) : null;
            }
        }

        return new LessonNavigation(previous, next);
    }

    private async Task<IReadOnlyList<ContentItem>> GetModulesAsync(CancellationToken cancellationToken)
    {
        var modules = await query.GetByTypeAsync("Module", VersionOptions.Published, cancellationToken);
        return [.. modules
            .OrderBy(m => m.GetNumber("Module", "Order") ?? decimal.MaxValue)
            .ThenBy(m => m.Title, StringComparer.OrdinalIgnoreCase)];
    }

    private async Task<IReadOnlyList<ContentItem>> GetLessonsAsync(string moduleId, CancellationToken cancellationToken)
    {
        var items = await query.GetListItemsAsync(moduleId, VersionOptions.Published, cancellationToken);
        return [.. items.Where(i => i.ContentType == "Lesson")];
    }
}
