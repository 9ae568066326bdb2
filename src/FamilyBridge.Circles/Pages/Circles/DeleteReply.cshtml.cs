using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Circles.Pages.Circles;

/// <summary>The author of a reply is asked once before it is deleted: the GET only explains, the POST deletes.</summary>
public sealed class DeleteReplyModel(UpdateService updates) : CirclePageModel
{
    public ReplyView Reply { get; private set; } = null!;

    public string UpdatePath => $"/circles/{Reply.Reply.CircleId}/updates/{Reply.Reply.UpdateId}";

    public async Task OnGetAsync(string id, string updateId, string replyId, CancellationToken cancellationToken)
    {
        Reply = await updates.GetOwnReplyAsync(id, updateId, replyId, UserId, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string id, string updateId, string replyId, CancellationToken cancellationToken)
    {
        await updates.DeleteReplyAsync(id, updateId, replyId, UserId, cancellationToken);
        return Done("Your reply was deleted.", $"{Request.PathBase}/circles/{id}/updates/{updateId}");
    }
}
