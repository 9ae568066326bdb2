using System.Security.Claims;
using FamilyBridge.Learning.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Learning.ViewComponents;

/// <summary>"3 of 5 lessons done" for a signed-in reader; nothing for anonymous readers.</summary>
public sealed class ModuleProgressViewComponent(LearningService learning) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string moduleContentItemId)
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || string.IsNullOrEmpty(moduleContentItemId))
        {
            return Content(string.Empty);
        }

        return View(await learning.GetModuleProgressAsync(userId, moduleContentItemId, HttpContext.RequestAborted));
    }
}
