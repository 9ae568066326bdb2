using System.Globalization;
using FamilyBridge.Accounts.Models;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Admin;
using FamilyBridge.Editor.Models;
using FamilyBridge.Editor.Services;
using FamilyBridge.Media.Models;
using FamilyBridge.Media.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Editor.Pages.Admin.Content;

/// <summary>
/// The form generated from the item's type, and everything done to one item: save, publish, schedule, trash,
/// lesson order. A POST that is not a save (add or remove a bag item, preview, insert an image) only redraws the
/// form with everything typed.
/// </summary>
[Authorize(Policy = AdminPolicies.Author)]
public sealed partial class EditModel(
    IContentManager content,
    IContentQuery query,
    IContentDefinitionManager definitions,
    ContentFormBuilder forms,
    ContentPaths paths,
    ContentScheduler scheduler,
    IContentAuditLog audit,
    IMarkdownRenderer markdown,
    IMediaLibrary media,
    UserManager<AccountUser> users,
    ContentTranslations translations,
    IStringLocalizer<EditorText> S,
    TimeProvider clock) : PageModel
{
    public ContentForm Form { get; private set; } = default!;

    /// <summary>The latest version, or the unsaved new item.</summary>
    public ContentItem Item { get; private set; } = default!;

    public bool IsNew { get; private set; }

    public ContentItem? PublishedVersion { get; private set; }

    public string? Stamp { get; private set; }

    /// <summary>After a conflict: the other person's saved version, and the stamp that saves over it.</summary>
    public ContentForm? TheirForm { get; private set; }

    public ContentItem? TheirItem { get; private set; }

    public string? OverwriteStamp { get; private set; }

    public string? PreviewHtml { get; private set; }

    public IReadOnlyList<MediaAssetSummary> Images { get; private set; } = [];

    public IReadOnlyList<ContentSchedule> Schedules { get; private set; } = [];

    /// <summary>A module's lessons, in reading order, for the move up / move down buttons.</summary>
    public IReadOnlyList<ContentItem> Lessons { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    public string? ScheduleAt { get; set; }

    [BindProperty]
    public string? ScheduleAction { get; set; }

    public async Task<IActionResult> OnGetAsync(string? id, string? type, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, type, cancellationToken))
        {
            return NotFound();
        }

        ContentFormValues.Fill(Form, Item);
        await LoadSideAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id, string? type, string? op, string? stamp, string? overwriteStamp, string? image, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, type, cancellationToken))
        {
            return NotFound();
        }

        var posted = await Request.ReadFormAsync(cancellationToken);
        ContentFormValues.Fill(Form, name => posted.TryGetValue(name, out var v) ? v.ToString() : null);
        Stamp = stamp;
        op ??= "preview";
        var body = Form.Field(FormFieldKind.Markdown);
        if (op.StartsWith("add:", StringComparison.Ordinal))
        {
            ContentFormValues.AddBagItem(Form, op[4..]);
        }
        else if (op.StartsWith("remove:", StringComparison.Ordinal) && op.Split(':') is [_, var bag, var index]
            && int.TryParse(index, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i))
        {
            ContentFormValues.RemoveBagItem(Form, bag, i);
        }
        else if (op == "insert-image" && body is not null)
        {
            var picked = (await media.ListAsync(cancellationToken)).FirstOrDefault(a => a.Id == image);
            if (picked is null)
            {
                ModelState.AddModelError("image", S["Choose an image to insert."]);
            }
            else
            {
                body.Value = body.Value.TrimEnd() + (body.Value.Trim().Length == 0 ? "" : "\n\n") + picked.MarkdownSnippet + "\n";
                Message = null;
            }
        }
        else if (op is "save" or "publish" or "overwrite")
        {
            return await SaveAsync(op, op == "overwrite" ? overwriteStamp : stamp, cancellationToken);
        }

        if (body is not null && (op == "preview" || op == "insert-image"))
        {
            PreviewHtml = markdown.ToSafeHtml(body.Value);
        }

        await LoadSideAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, null, cancellationToken) || IsNew)
        {
            return NotFound();
        }

        await content.PublishAsync(id, cancellationToken);
        await AuditAsync(ContentAuditActions.Published, cancellationToken);
        Message = S["“{0}” is published. Readers see it now.", Item.Title];
        return Redirect(Request.PathBase + EditPath(id));
    }

    public async Task<IActionResult> OnPostUnpublishAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, null, cancellationToken) || IsNew)
        {
            return NotFound();
        }

        await content.UnpublishAsync(id, cancellationToken);
        await AuditAsync(ContentAuditActions.Unpublished, cancellationToken);
        Message = S["“{0}” is no longer published. Readers cannot see it.", Item.Title];
        return Redirect(Request.PathBase + EditPath(id));
    }

    public async Task<IActionResult> OnPostTrashAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, null, cancellationToken) || IsNew)
        {
            return NotFound();
        }

        await content.RemoveAsync(id, cancellationToken);
        await AuditAsync(ContentAuditActions.Trashed, cancellationToken);
        Message = S["“{0}” is in the trash. Readers cannot see it. You can restore it from the trash.", Item.Title];
        return Redirect(Request.PathBase + "/admin/content?status=trash");
    }

    public async Task<IActionResult> OnPostScheduleAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, null, cancellationToken) || IsNew)
        {
            return NotFound();
        }

        var action = ScheduleAction == "unpublish" ? Models.ScheduleAction.Unpublish : Models.ScheduleAction.Publish;
        if (!DateTime.TryParseExact(ScheduleAt, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var due))
        {
            ModelState.AddModelError(nameof(ScheduleAt), S["Enter a date and time, like 2030-01-31 09:00."]);
        }
        else if (due <= clock.GetUtcNow().UtcDateTime)
        {
            ModelState.AddModelError(nameof(ScheduleAt), S["Choose a time in the future."]);
        }

        if (!ModelState.IsValid)
        {
            ContentFormValues.Fill(Form, Item);
            Stamp = await content.GetConcurrencyStampAsync(id, cancellationToken);
            await LoadSideAsync(cancellationToken);
            return Page();
        }

        await scheduler.ScheduleAsync(id, action, due, ContentAccess.UserId(User), cancellationToken);
        var what = action == Models.ScheduleAction.Publish ? "publish" : "unpublish";
        await audit.RecordAsync(ContentAccess.UserId(User), ContentAuditActions.Scheduled, id,
            $"{Item.Title}: {what} at {due.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC", cancellationToken);
        var at = due.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Message = action == Models.ScheduleAction.Publish ? S["“{0}” will publish at {1} UTC.", Item.Title, at] : S["“{0}” will unpublish at {1} UTC.", Item.Title, at];
        return Redirect(Request.PathBase + EditPath(id));
    }

    public async Task<IActionResult> OnPostCancelScheduleAsync(string id, long scheduleId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, null, cancellationToken) || IsNew || await scheduler.CancelAsync(id, scheduleId, cancellationToken) is not { } cancelled)
        {
            return NotFound();
        }

        await audit.RecordAsync(ContentAccess.UserId(User), ContentAuditActions.ScheduleCancelled, id,
            $"{Item.Title}: {cancelled.Action.ToString().ToLowerInvariant()} at {cancelled.DueUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC", cancellationToken);
        Message = S["The schedule is cancelled."];
        return Redirect(Request.PathBase + EditPath(id));
    }

    /// <summary>Moves one of this module's lessons up or down one place and numbers them all again from 0.</summary>
    public async Task<IActionResult> OnPostMoveAsync(string id, string lessonId, string direction, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, null, cancellationToken) || IsNew)
        {
            return NotFound();
        }

        var lessons = (await query.GetListItemsAsync(id, VersionOptions.Latest, cancellationToken)).ToList();
        var index = lessons.FindIndex(l => l.ContentItemId == lessonId);
        var target = direction == "up" ? index - 1 : index + 1;
        if (index < 0 || target < 0 || target >= lessons.Count)
        {
            return Redirect(Request.PathBase + EditPath(id));
        }

        (lessons[index], lessons[target]) = (lessons[target], lessons[index]);
        for (var i = 0; i < lessons.Count; i++)
        {
            await content.SetOrderAsync(lessons[i].ContentItemId, i, cancellationToken);
        }

        await audit.RecordAsync(ContentAccess.UserId(User), ContentAuditActions.Reordered, id,
            $"{Item.Title}: moved “{lessons[target].Title}” {direction} to place {target + 1}", cancellationToken);
        Message = S["“{0}” is now lesson {1}.", lessons[target].Title, target + 1];
        return Redirect(Request.PathBase + EditPath(id));
    }

    public static string EditPath(string id) => $"/admin/content/{Uri.EscapeDataString(id)}/edit";

    public static string Local(DateTime? utc) =>
        utc?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
}
