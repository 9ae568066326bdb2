using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Editor.Pages.Admin.Content;

/// <summary>
/// The live preview's server half: Markdown in, the site's sanitised HTML out (antiforgery-checked like every post).
/// </summary>
[Authorize(Policy = AdminPolicies.Author)]
public sealed class MarkdownPreviewModel(IMarkdownRenderer renderer) : PageModel
{
    public const int MaxLength = 200_000;

    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost(string? markdown)
    {
        Response.Headers.CacheControl = "no-store";
        return markdown?.Length > MaxLength
            ? BadRequest()
            : Content(renderer.ToSafeHtml(markdown), "text/html; charset=utf-8");
    }
}
