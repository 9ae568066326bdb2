using FamilyBridge.Theme.Models;
using FamilyBridge.Web.Content;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Web.Controllers;

public sealed class HomeController(ContentShapeBuilder shapes) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new HomeViewModel(await shapes.BuildModuleSummariesAsync(cancellationToken)));
}
