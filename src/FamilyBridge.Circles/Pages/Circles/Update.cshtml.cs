using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Circles.Pages.Circles;

public sealed class UpdateModel(UpdateService updates) : CirclePageModel
{
    public UpdateDetail Detail { get; private set; } = null!;

    public IReadOnlyList<CircleMember> Others => [.. Detail.Members.Where(m => !m.IsOwner)];

    public async Task OnGetAsync(string id, string updateId, CancellationToken cancellationToken)
    {
        Detail = await updates.GetAsync(id, updateId, UserId, cancellationToken);
    }

    public async Task<IActionResult> OnPostReplyAsync(string id, string updateId, string? message, Reaction? reaction, CancellationToken cancellationToken)
    {
        await updates.ReplyAsync(id, updateId, UserId, message, reaction, cancellationToken);
        return Done("Thank you for the encouragement.");
    }

    public async Task<IActionResult> OnPostHideAsync(string id, string replyId, CancellationToken cancellationToken)
    {
        await updates.HideReplyAsync(id, UserId, replyId, cancellationToken);
        return Done("The reply is hidden.");
    }

    public async Task<IActionResult> OnPostEditAsync(string id, string updateId, UpdateInput input, CancellationToken cancellationToken)
    {
        await updates.EditAsync(id, UserId, updateId, input, cancellationToken);
        return Done("Update saved.");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, string updateId, CancellationToken cancellationToken)
    {
        await updates.DeleteAsync(id, UserId, updateId, cancellationToken);
        return Done("Update removed. The people who could see it will see that you removed it.", $"{Request.PathBase}/circles/{id}");
    }
}
