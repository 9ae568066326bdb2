using System.Security.Claims;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Learning.Models;
using FamilyBridge.Learning.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Learning.ViewComponents;

/// <summary>
/// The lesson's reflection prompt and checklist, and (for a signed-in reader) what they saved: the lesson page
/// invokes it by name with the lesson item, so the theme needs no reference to this module.
/// </summary>
public sealed class LessonProgressPanelViewComponent(LearningService learning) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(ContentItem lesson)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        var returnUrl = $"{HttpContext.Request.PathBase}{HttpContext.Request.Path}";
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return View(new LessonPanel(lesson, null, returnUrl));
        }

        var cancellationToken = HttpContext.RequestAborted;
        // Opening a lesson is what "continue where you left off" remembers.
        await learning.TouchAsync(userId, lesson, cancellationToken);
        var state = await learning.GetLessonStateAsync(userId, lesson.ContentItemId, cancellationToken);
        return View(new LessonPanel(lesson, state, returnUrl));
    }
}
