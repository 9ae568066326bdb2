using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Web.Content;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Web.Controllers;

public sealed class ResourcesController(IContentQuery query) : Controller
{
    [HttpGet("/resources")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await ResourceDirectoryBuilder.BuildAsync(query, cancellationToken));
}
