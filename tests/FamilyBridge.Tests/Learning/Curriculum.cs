using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Learning;

/// <summary>The published modules and lessons the site's setup recipe imported, read through the engine.</summary>
public static class Curriculum
{
    public static async Task<(ContentItem Module, IReadOnlyList<ContentItem> Lessons)> ModuleWithLessonsAsync(SiteFactory site, int atLeast = 2)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
        foreach (var module in await query.GetByTypeAsync("Module", VersionOptions.Published))
        {
            var lessons = (await query.GetListItemsAsync(module.ContentItemId, VersionOptions.Published)).Where(i => i.ContentType == "Lesson").ToList();
            if (lessons.Count >= atLeast)
            {
                return (module, lessons);
            }
        }

        throw new InvalidOperationException($"The setup recipe imported no module with {atLeast} lessons.");
    }

    public static async Task<ContentItem> LessonWithChecklistAndPromptAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
        return (await query.GetByTypeAsync("Lesson", VersionOptions.Published))
            .First(l => l.GetBagItems("Checklist").Count >= 2 && !string.IsNullOrWhiteSpace(l.GetText("Lesson", "ReflectionPrompt")));
    }
}
