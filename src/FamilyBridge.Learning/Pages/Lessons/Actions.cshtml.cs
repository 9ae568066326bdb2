using System.Security.Claims;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Learning.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace FamilyBridge.Learning.Pages.Lessons;

/// <summary>
/// The lesson panel's plain forms (no JavaScript needed): mark complete, save or delete the note, save the
/// checklist. Each answers with a redirect back to the lesson (POST-redirect-GET) carrying
/// <see cref="SavedQueryKey"/>, so the lesson says "Saved." beside what was saved.
/// </summary>
[Authorize]
public sealed class ActionsModel(LearningService learning) : PageModel
{
    /// <summary>
    /// The query key naming what was just saved. A word from a fixed list, never text: the lesson page shows its own
    /// sentence for it, and only to a signed-in reader, whose pages are never cached.
    /// </summary>
    public const string SavedQueryKey = "saved";

    [BindProperty(SupportsGet = true)]
    public string LessonId { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Reached after signing in from a lesson's form: go back to the lesson.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await learning.GetLessonAsync(LessonId, cancellationToken) is { } lesson ? Back(lesson, saved: null) : NotFound();

    public Task<IActionResult> OnPostCompleteAsync(CancellationToken cancellationToken) =>
        WithLessonAsync(
            (userId, lesson) => learning.SetCompletedAsync(userId, lesson, completed: true, cancellationToken), LessonSaved.Done, cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(CancellationToken cancellationToken) =>
        WithLessonAsync(
            (userId, lesson) => learning.SetCompletedAsync(userId, lesson, completed: false, cancellationToken), LessonSaved.NotDone, cancellationToken);

    public Task<IActionResult> OnPostNoteAsync(string? note, string? intent, CancellationToken cancellationToken)
    {
        // An emptied note is a deleted note (LearningService keeps nothing the reader cannot see).
        var delete = intent == "delete";
        var saved = delete ? LessonSaved.NoteDeleted : string.IsNullOrWhiteSpace(note) ? LessonSaved.NoteEmpty : LessonSaved.Note;
        return WithLessonAsync(
            (userId, lesson) => learning.SaveNoteAsync(userId, lesson, delete ? null : note, cancellationToken), saved, cancellationToken);
    }

    public Task<IActionResult> OnPostChecklistAsync(string[]? items, CancellationToken cancellationToken) =>
        WithLessonAsync(
            (userId, lesson) => learning.SaveChecklistAsync(userId, lesson, items ?? [], cancellationToken), LessonSaved.Checklist, cancellationToken);

    private async Task<IActionResult> WithLessonAsync(Func<string, ContentItem, Task> action, string saved, CancellationToken cancellationToken)
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
        return Back(lesson, saved);
    }

    private RedirectResult Back(ContentItem lesson, string? saved)
    {
        var target = !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : $"/{lesson.Path}";
        return Redirect(saved is null ? target : QueryHelpers.AddQueryString(target, SavedQueryKey, saved) + "#" + LessonSaved.SectionOf(saved));
    }
}
