using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Circles.Pages.Circles;

public sealed class UpdateModel(UpdateService updates) : CirclePageModel
{
    public UpdateDetail Detail { get; private set; } = null!;

    /// <summary>The reply as typed when a rule stopped it, so nothing is lost.</summary>
    public string? Message { get; private set; }

    public IReadOnlyList<CircleMember> Others => [.. Detail.Members.Where(m => !m.IsOwner)];

    public async Task OnGetAsync(string id, string updateId, CancellationToken cancellationToken)
    {
        Detail = await updates.GetAsync(id, updateId, UserId, cancellationToken);
    }

    public async Task<IActionResult> OnPostReplyAsync(string id, string updateId, string? message, CancellationToken cancellationToken)
    {
        try
        {
            await updates.ReplyAsync(id, updateId, UserId, message, cancellationToken);
        }
        catch (CircleRuleException rule)
        {
            ShowError(rule.Message);
            Message = message;
            Detail = await updates.GetAsync(id, updateId, UserId, cancellationToken);
            return Page();
        }

        return Done("Reply sent. Thank you for the encouragement.");
    }

    public async Task<IActionResult> OnPostReactAsync(string id, string updateId, Reaction? reaction, CancellationToken cancellationToken)
    {
        if (reaction is not Reaction chosen)
        {
            throw new CircleRuleException("Choose a reaction.");
        }

        var added = await updates.ToggleReactionAsync(id, updateId, UserId, chosen, cancellationToken);
        return Done(ReactionWords.Status(chosen, added));
    }

    public async Task<IActionResult> OnPostHideAsync(string id, string replyId, CancellationToken cancellationToken)
    {
        await updates.HideReplyAsync(id, UserId, replyId, cancellationToken);
        return Done("The reply is hidden. Only you can still see it.");
    }

    public async Task<IActionResult> OnPostEditAsync(string id, string updateId, UpdateInput input, CancellationToken cancellationToken)
    {
        await updates.EditAsync(id, UserId, updateId, input, cancellationToken);
        return Done("Update saved.");
    }

    // Deleting asks first: an old one-click form lands on the confirmation page and changes nothing.
    public IActionResult OnPostDelete(string id, string updateId) => Redirect($"{Request.PathBase}/circles/{id}/updates/{updateId}/delete");
}
