using FamilyBridge.ContentManagement.Display;
using FamilyBridge.Theme.Models;
using FamilyBridge.Web.Content;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Web.Controllers;

public sealed class HomeController(ContentShapeBuilder shapes, IHomeRouteResolver homeRoute) : Controller
{
    // An imported Orchard HomeRoute item is the home page, unless the site keeps FamilyBridge's own.
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await homeRoute.GetHomeItemAsync(cancellationToken) is { } home
            ? View("/Views/Content/Display.cshtml", await shapes.BuildDetailAsync(home, knowledgeCheck: null, cancellationToken))
            : View(new HomeViewModel(await shapes.BuildModuleSummariesAsync(cancellationToken)));
}
