using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Circles.Pages.Circles;

/// <summary>
/// The emailed link. Anyone holding it sees who invited them and what a circle is — never the circle's name or
/// anything posted in it — and is offered to sign in or create an account, both of which bring them back here.
/// Accepting or declining needs an account.
/// </summary>
[AllowAnonymous]
public sealed class InvitationModel(InvitationService invitations) : CirclePageModel
{
    public const string ChooseTimeZoneMessage = "Choose your time zone from the list.";

    public InvitationPreview? Preview { get; private set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>This page's own address, to come back to after signing in or registering.</summary>
    public string ReturnUrl => $"{Request.PathBase}{Request.Path}";

    /// <summary>What was typed, when the form comes back with a problem.</summary>
    public string? PostedName { get; private set; }

    public Relationship? PostedRelationship { get; private set; }

    public TimeZoneField TimeZone { get; private set; } = null!;

    public async Task OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Preview = await PreviewAsync(token, cancellationToken);
        TimeZone = TimeZoneField.ForNew(HttpContext, "accept-zone", "timeZoneId");
    }

    public async Task<IActionResult> OnPostAcceptAsync(string token, string? displayName, Relationship? relationship, string? timeZoneId, CancellationToken cancellationToken)
    {
        if (!SignedIn)
        {
            return SignInFirst();
        }

        if (!TimeZones.IsKnown(timeZoneId))
        {
            ModelState.AddModelError("accept-zone", ChooseTimeZoneMessage);
            Preview = await PreviewAsync(token, cancellationToken);
            PostedName = displayName;
            PostedRelationship = relationship;
            TimeZone = TimeZoneField.ForNew(HttpContext, "accept-zone", "timeZoneId", timeZoneId, ChooseTimeZoneMessage);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var circleId = await invitations.AcceptAsync(token, UserId, displayName ?? "", relationship, timeZoneId, cancellationToken);
        return Done("Welcome to the circle.", $"{Request.PathBase}/circles/{circleId}");
    }

    public async Task<IActionResult> OnPostDeclineAsync(string token, CancellationToken cancellationToken)
    {
        if (!SignedIn)
        {
            return SignInFirst();
        }

        await invitations.DeclineAsync(token, UserId, cancellationToken);
        return Done("You declined the invitation. Nothing more will happen.", $"{Request.PathBase}/circles");
    }

    /// <summary>Back to this page (not to the form post) after signing in.</summary>
    private LocalRedirectResult SignInFirst() => LocalRedirect($"/account/login?returnUrl={Uri.EscapeDataString(ReturnUrl)}");

    /// <summary>The invitation as this visitor may see it; null (and a 404 page that says so) for a link that does not exist.</summary>
    private async Task<InvitationPreview?> PreviewAsync(string token, CancellationToken cancellationToken)
    {
        try
        {
            // A visitor who is not signed in is no one's member: "" matches no user id.
            return await invitations.PreviewAsync(token, SignedIn ? UserId : "", cancellationToken);
        }
        catch (CircleNotFoundException)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return null;
        }
    }
}
