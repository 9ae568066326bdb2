using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Editor.Models;
using FamilyBridge.Editor.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Editor.Pages.Admin.Content;

public sealed partial class EditModel
{
    public const string ConflictMessage =
        "Someone else saved this item after you opened it. Nothing you typed is lost: your text is still in the form. " +
        "Their saved version is shown below the form. Copy what you need from it, or choose “Save mine over theirs”.";

    private async Task<IActionResult> SaveAsync(string op, string? expectedStamp, CancellationToken cancellationToken)
    {
        foreach (var (key, message) in ContentFormValidator.Validate(Form, S))
        {
            ModelState.AddModelError(key, message);
        }

        var container = Form.Field(FormFieldKind.Container)?.Value;
        var prefix = await paths.AutomaticPrefixAsync(Form.ContentType, container, cancellationToken);
        var draft = Item.Clone();
        ContentFormValues.Apply(Form, draft, prefix);
        if (Form.Field(FormFieldKind.Path) is { } pathField && ModelState[pathField.Name] is null or { Errors.Count: 0 }
            && draft.Path is { Length: > 0 } path && await query.IsPathTakenAsync(path, draft.ContentItemId, cancellationToken))
        {
            ModelState.AddModelError(pathField.Name, S["Another item already uses the web address “/{0}”. Change the title or type a different address.", path]);
        }

        if (!ModelState.IsValid)
        {
            await LoadSideAsync(cancellationToken);
            return Page();
        }

        var userId = ContentAccess.UserId(User);
        var author = await users.GetUserAsync(User);
        draft.Author = author?.DisplayName is { Length: > 0 } name ? name : author?.Email;
        if (IsNew)
        {
            draft.Owner = userId;
            translations.StampNew(draft);
            if (!string.IsNullOrEmpty(container))
            {
                var siblings = await query.GetListItemsAsync(container, VersionOptions.Latest, cancellationToken);
                draft.GetOrCreatePart("ContainedPart")["Order"] = siblings.Count == 0
                    ? 0
                    : siblings.Max(s => s.GetPart("ContainedPart")?["Order"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<int>(out var o) ? o : 0) + 1;
            }

            await content.CreateAsync(draft, publish: false, cancellationToken);
            await audit.RecordAsync(userId, ContentAuditActions.Created, draft.ContentItemId, draft.Title, cancellationToken);
        }
        else
        {
            try
            {
                if (string.IsNullOrEmpty(expectedStamp))
                {
                    throw new ContentConcurrencyException();
                }

                await content.SaveDraftAsync(draft, expectedStamp, cancellationToken);
            }
            catch (ContentConcurrencyException)
            {
                ModelState.AddModelError(string.Empty, S[ConflictMessage]);
                TheirItem = await content.GetAsync(Item.ContentItemId, VersionOptions.Latest, cancellationToken);
                if (TheirItem is not null)
                {
                    TheirForm = await forms.CreateAsync(TheirItem.ContentType, cancellationToken);
                    ContentFormValues.Fill(TheirForm!, TheirItem);
                    OverwriteStamp = await content.GetConcurrencyStampAsync(Item.ContentItemId, cancellationToken);
                }

                await LoadSideAsync(cancellationToken);
                return Page();
            }

            await audit.RecordAsync(userId, ContentAuditActions.Saved, draft.ContentItemId, draft.Title, cancellationToken);
        }

        if (op == "publish")
        {
            await content.PublishAsync(draft.ContentItemId, cancellationToken);
            await audit.RecordAsync(userId, ContentAuditActions.Published, draft.ContentItemId, draft.Title, cancellationToken);
            Message = S["“{0}” is saved and published. Readers see it now.", draft.Title];
        }
        else
        {
            Message = S["“{0}” is saved as a draft. Readers do not see these changes until you publish.", draft.Title];
        }

        return Redirect(Request.PathBase + EditPath(draft.ContentItemId));
    }

    /// <summary>Finds the item (latest version) or starts a new one, and checks the person may open it.</summary>
    private async Task<bool> LoadAsync(string? id, string? type, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(id))
        {
            var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
            if (item is null || !ContentAccess.CanOpen(User, item.Owner))
            {
                return false;
            }

            Item = item;
        }
        else
        {
            var definition = string.IsNullOrEmpty(type) ? null : await definitions.GetTypeDefinitionAsync(type, cancellationToken);
            if (definition is null || !definition.GetSetting("Creatable"))
            {
                return false;
            }

            Item = await content.NewAsync(definition.Name, cancellationToken);
            IsNew = true;
        }

        Form = (await forms.CreateAsync(Item.ContentType, cancellationToken))!;
        return Form is not null;
    }

    private async Task LoadSideAsync(CancellationToken cancellationToken)
    {
        Images = await media.ListAsync(cancellationToken);
        if (IsNew)
        {
            return;
        }

        Stamp ??= await content.GetConcurrencyStampAsync(Item.ContentItemId, cancellationToken);
        PublishedVersion = await content.GetAsync(Item.ContentItemId, VersionOptions.Published, cancellationToken);
        Schedules = await scheduler.PendingAsync(Item.ContentItemId, cancellationToken);
        await LoadTranslationsAsync(cancellationToken);
        if (Item.GetPart("ListPart") is not null)
        {
            Lessons = await query.GetListItemsAsync(Item.ContentItemId, VersionOptions.Latest, cancellationToken);
        }
    }

    private Task AuditAsync(string action, CancellationToken cancellationToken) =>
        audit.RecordAsync(ContentAccess.UserId(User), action, Item.ContentItemId, Item.Title, cancellationToken);
}
