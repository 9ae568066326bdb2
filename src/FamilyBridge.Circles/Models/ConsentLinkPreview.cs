namespace FamilyBridge.Circles.Models;

/// <summary>Only what the recipient needs on the confirm and unsubscribe pages: no circle name, no updates.</summary>
public sealed record ConsentLinkPreview(
    string SharerFirstName,
    string RecipientName,
    ConsentScope Scope,
    ConsentFrequency Frequency,
    ConsentStatus Status,
    DateTime ExpiresUtc,
    bool ConfirmLinkExpired,
    string Language);
