using System.Security.Claims;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Learning.Models;
using FamilyBridge.Learning.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Learning.Pages;

/// <summary>A reader's own page: lessons done per module, last scores, notes and checklists.</summary>
[Authorize]
public sealed class MeModel(LearningService learning) : PageModel
{
    public IReadOnlyList<ModuleRow> Modules { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return Challenge();
        }

        List<ModuleRow> modules = [];
        foreach (var module in await learning.GetModulesAsync(cancellationToken))
        {
            List<LessonRow> lessons = [];
            foreach (var lesson in await learning.GetModuleLessonsAsync(module.ContentItemId, cancellationToken))
            {
                lessons.Add(new LessonRow(lesson, await learning.GetLessonStateAsync(userId, lesson.ContentItemId, cancellationToken)));
            }

            modules.Add(new ModuleRow(module, lessons));
        }

        Modules = modules;
        return Page();
    }

    public sealed record ModuleRow(ContentItem Module, IReadOnlyList<LessonRow> Lessons)
    {
        public int Done => Lessons.Count(l => l.State.Completed);
    }

    public sealed record LessonRow(ContentItem Lesson, LessonState State);
}
