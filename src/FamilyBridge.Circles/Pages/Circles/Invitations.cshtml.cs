using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Circles.Pages.Circles;

public sealed class InvitationsModel(InvitationService invitations, CircleService circles) : CirclePageModel
{
    public CircleOverview Overview { get; private set; } = null!;

    public IReadOnlyList<InvitationView> Invitations { get; private set; } = [];

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Invitations = await invitations.ListAsync(id, UserId, cancellationToken);
        Overview = await circles.GetOverviewAsync(id, UserId, cancellationToken);
    }

    public async Task<IActionResult> OnPostInviteAsync(string id, string? email, string? name, Relationship? relationship, CancellationToken cancellationToken)
    {
        await invitations.InviteAsync(id, UserId, email ?? "", name, relationship, cancellationToken);
        return Done("Invitation sent. The link works once and for 7 days.");
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id, string invitationId, CancellationToken cancellationToken)
    {
        await invitations.RevokeAsync(id, UserId, invitationId, cancellationToken);
        return Done("Invitation revoked. The link no longer works.");
    }
}
