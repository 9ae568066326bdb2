using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;

namespace FamilyBridge.Circles.Pages.Email;

/// <summary>
/// The double opt-in link. GET only explains; the yes is a POST, because mail scanners open links in emails
/// and must not say yes for the person.
/// </summary>
public sealed class ConfirmModel(ConsentLinkService consents) : EmailLinkPageModel
{
    public ConsentLinkPreview Preview { get; private set; } = null!;

    public bool JustConfirmed { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Preview = await consents.PreviewConfirmAsync(token, cancellationToken);
    }

    public async Task OnPostAsync(string token, string? language, CancellationToken cancellationToken)
    {
        Preview = await consents.ConfirmAsync(token, language, cancellationToken);
        JustConfirmed = Preview.Status == ConsentStatus.Active;
    }
}
