using System.Security.Claims;
using FamilyBridge.Learning.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Learning.ViewComponents;

/// <summary>"Continue where you left off" on the home page, for a signed-in reader who has started.</summary>
public sealed class ContinueLearningViewComponent(LearningService learning) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return Content(string.Empty);
        }

        var next = await learning.GetContinueLessonAsync(userId, HttpContext.RequestAborted);
        return next is null ? Content(string.Empty) : View(next);
    }
}
