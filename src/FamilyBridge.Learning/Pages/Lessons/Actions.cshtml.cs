using System.Security.Claims;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Learning.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Learning.Pages.Lessons;

/// <summary>
/// The lesson panel's plain forms (no JavaScript needed): mark complete, save or delete the note, save the
/// checklist. Each answers with a redirect back to the lesson (POST-redirect-GET).
/// </summary>
[Authorize]
public sealed class ActionsModel(LearningService learning) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string LessonId { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Reached after signing in from a lesson's form: go back to the lesson.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await learning.GetLessonAsync(LessonId, cancellationToken) is { } lesson ? Back(lesson) : NotFound();

    public Task<IActionResult> OnPostCompleteAsync(CancellationToken cancellationToken) =>
        WithLessonAsync((userId, lesson) => learning.SetCompletedAsync(userId, lesson, completed: true, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(CancellationToken cancellationToken) =>
        WithLessonAsync((userId, lesson) => learning.SetCompletedAsync(userId, lesson, completed: false, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostNoteAsync(string? note, string? intent, CancellationToken cancellationToken) =>
        WithLessonAsync(
            (userId, lesson) => learning.SaveNoteAsync(userId, lesson, intent == "delete" ? null : note, cancellationToken),
            cancellationToken);

    public Task<IActionResult> OnPostChecklistAsync(string[]? items, CancellationToken cancellationToken) =>
        WithLessonAsync((userId, lesson) => learning.SaveChecklistAsync(userId, lesson, items ?? [], cancellationToken), cancellationToken);

    private async Task<IActionResult> WithLessonAsync(Func<string, ContentItem, Task> action, CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return Challenge();
        }

        if (await learning.GetLessonAsync(LessonId, cancellationToken) is not { } lesson)
        {
            return NotFound();
        }

        await action(userId, lesson);
        return Back(lesson);
    }

    private RedirectResult Back(ContentItem lesson) =>
        Redirect(!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : $"/{lesson.Path}");
}
