using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Learning.ViewComponents;

// Placeholder door: the theme invokes it by name; the Learning module fills it in.
public sealed class ModuleProgressViewComponent : ViewComponent
{
    public IViewComponentResult Invoke() => Content(string.Empty);
}
