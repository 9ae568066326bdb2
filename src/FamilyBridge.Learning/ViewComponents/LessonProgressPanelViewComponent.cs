using FamilyBridge.ContentManagement.Models;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Learning.ViewComponents;

/// <summary>
/// The lesson's reflection prompt and checklist, and (for a signed-in reader) what they saved: the lesson page
/// invokes it by name with the lesson item, so the theme needs no reference to this module.
/// </summary>
public sealed class LessonProgressPanelViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(ContentItem lesson)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        return View(lesson);
    }
}
