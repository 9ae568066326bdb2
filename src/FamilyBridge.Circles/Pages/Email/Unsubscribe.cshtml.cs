using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Circles.Pages.Email;

/// <summary>
/// One-click unsubscribe, with no sign-in. GET shows one button; its POST and the RFC 8058 one-click POST
/// (<c>List-Unsubscribe=One-Click</c>, sent by mail providers) go to the same handler.
/// </summary>
// Mail providers post RFC 8058 one-click requests with no antiforgery token and no cookies, so this page's only
// POST cannot require one. The unguessable token in the address is the credential, and all it can do is stop emails.
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(ConsentLinkService consents, ConsentLinks links) : EmailLinkPageModel
{
    public ConsentLinkPreview Preview { get; private set; } = null!;

    public bool JustStopped { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Preview = await consents.PreviewUnsubscribeAsync(GrantId(token), cancellationToken);
    }

    public async Task OnPostAsync(string token, CancellationToken cancellationToken)
    {
        (Preview, JustStopped) = await consents.UnsubscribeAsync(GrantId(token), cancellationToken);
    }

    private string GrantId(string? token) => links.GrantIdFromUnsubscribeToken(token) ?? throw new CircleNotFoundException();
}
