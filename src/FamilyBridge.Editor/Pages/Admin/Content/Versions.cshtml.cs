using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Admin;
using FamilyBridge.Editor.Models;
using FamilyBridge.Editor.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Editor.Pages.Admin.Content;

/// <summary>An item's versions with author and time, the changes between any two, and restoring an old one as a draft.</summary>
[Authorize(Policy = AdminPolicies.Author)]
public sealed class VersionsModel(
    IContentManager content,
    ContentFormBuilder forms,
    IContentAuditLog audit,
    IStringLocalizer<EditorText> S) : PageModel
{
    /// <summary>Every version, newest first.</summary>
    public IReadOnlyList<ContentItem> Versions { get; private set; } = [];

    public ContentItem Latest { get; private set; } = default!;

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public ContentItem? FromVersion { get; private set; }

    public ContentItem? ToVersion { get; private set; }

    /// <summary>Changed lines with context; a null entry stands for unchanged lines left out.</summary>
    public IReadOnlyList<DiffLine?>? Changes { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        From ??= Versions.Count > 1 ? Versions[1].ContentItemVersionId : null;
        To ??= Versions[0].ContentItemVersionId;
        FromVersion = Versions.FirstOrDefault(v => v.ContentItemVersionId == From);
        ToVersion = Versions.FirstOrDefault(v => v.ContentItemVersionId == To);
        if (FromVersion is not null && ToVersion is not null)
        {
            var form = (await forms.CreateAsync(Latest.ContentType, cancellationToken))!;
            var oldText = VersionDiff.AsText(form, FromVersion);
            var newText = VersionDiff.AsText(form, ToVersion);
            Changes = VersionDiff.Compare(oldText, newText);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string id, string version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Versions.All(v => v.ContentItemVersionId != version))
        {
            return NotFound();
        }

        var draft = await content.RestoreVersionAsync(version, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        await audit.RecordAsync(ContentAccess.UserId(User), ContentAuditActions.RestoredVersion, id, draft.Title, cancellationToken);
        TempData["Message"] = S["The old version is now the latest draft of “{0}”. Readers keep the published version until you publish.", draft.Title].Value;
        return Redirect(Request.PathBase + EditModel.EditPath(id));
    }

    public string Describe(ContentItem version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var number = Versions.Count - Versions.ToList().IndexOf(version);
        return version.Published ? S["Version {0} (published)", number]
            : version.Latest ? S["Version {0} (latest draft)", number]
            : S["Version {0} (earlier version)", number];
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var latest = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (latest is null || !ContentAccess.CanOpen(User, latest.Owner))
        {
            return false;
        }

        Latest = latest;
        Versions = [.. (await content.GetVersionsAsync(id, cancellationToken)).Reverse()];
        return true;
    }
}
