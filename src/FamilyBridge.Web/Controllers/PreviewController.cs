using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Admin;
using FamilyBridge.Editor.Services;
using FamilyBridge.Web.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Web.Controllers;

/// <summary>
/// Any version of an item drawn exactly as a reader's page would be, under a "not published" banner, for the
/// people who may edit it. Never cached and never indexed: a draft is not for search engines or shared caches.
/// </summary>
[Authorize(Policy = AdminPolicies.Author)]
public sealed class PreviewController(IContentManager content, ContentShapeBuilder shapes) : Controller
{
    [HttpGet("/admin/preview/{id}")]
    public async Task<IActionResult> Show(string id, string? version, CancellationToken cancellationToken)
    {
        var latest = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        var item = string.IsNullOrEmpty(version) ? latest : await content.GetVersionAsync(version, cancellationToken);
        if (latest is null || item is null || item.ContentItemId != id || !ContentAccess.CanOpen(User, latest.Owner))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        ViewData["PreviewOf"] = item.Published ? "the published version" : item.Latest ? "the latest draft" : "an earlier version";
        return View("~/Views/Preview/Show.cshtml", await shapes.BuildDetailAsync(item, knowledgeCheck: null, cancellationToken));
    }
}
