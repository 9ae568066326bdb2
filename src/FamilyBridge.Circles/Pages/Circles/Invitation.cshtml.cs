using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Circles.Pages.Circles;

/// <summary>The emailed link. Signing in (or registering) first is required; the sign-in page brings them back.</summary>
public sealed class InvitationModel(InvitationService invitations) : CirclePageModel
{
    public InvitationPreview Preview { get; private set; } = null!;

    public async Task OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Preview = await invitations.PreviewAsync(token, UserId, cancellationToken);
    }

    public async Task<IActionResult> OnPostAcceptAsync(string token, string? displayName, Relationship? relationship, string? timeZoneId, CancellationToken cancellationToken)
    {
        var circleId = await invitations.AcceptAsync(token, UserId, displayName ?? "", relationship, timeZoneId, cancellationToken);
        return Done("Welcome to the circle.", $"{Request.PathBase}/circles/{circleId}");
    }

    public async Task<IActionResult> OnPostDeclineAsync(string token, CancellationToken cancellationToken)
    {
        await invitations.DeclineAsync(token, UserId, cancellationToken);
        return Done("You declined the invitation. Nothing more will happen.", $"{Request.PathBase}/circles");
    }
}
