namespace FamilyBridge.Circles.Models;

/// <summary>
/// The owner's consent to email their updates to one person, with the elements 42 CFR 2.31 asks of a disclosure
/// consent: who shares (the owner), with whom, what (scope), why (purpose), until when, and how it ends.
/// </summary>
public sealed class ConsentGrant
{
    public const int MaxPurposeLength = 300;

    public required string Id { get; set; }

    public required string CircleId { get; set; }

    public required string OwnerUserId { get; set; }

    /// <summary>Set when the recipient is a member; null for a name + email address only.</summary>
    public string? RecipientUserId { get; set; }

    public required string RecipientName { get; set; }

    public required string RecipientEmail { get; set; }

    public ConsentScope Scope { get; set; }

    public required string Purpose { get; set; }

    public ConsentFrequency Frequency { get; set; }

    public ConsentContentMode ContentMode { get; set; }

    public ConsentStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    /// <summary>SHA-256 of the confirmation link's token; the token itself is only in the email.</summary>
    public required string ConfirmTokenHash { get; set; }

    public DateTime ConfirmExpiresUtc { get; set; }

    public DateTime? ConfirmedUtc { get; set; }

    public DateTime? EndedUtc { get; set; }

    /// <summary>Updates posted up to this time have been considered for a digest.</summary>
    public DateTime? LastDigestUtc { get; set; }

    public DateTime? ReminderSentUtc { get; set; }

    /// <summary>The address the owner used when granting, so links in later emails point at the same site.</summary>
    public required string SiteBaseUrl { get; set; }

    /// <summary>
    /// The culture its emails are written in (<c>en</c>, <c>es</c>): the owner's default until the recipient
    /// confirms, then the language the recipient chose on the confirmation page.
    /// </summary>
    public string Language { get; set; } = "en";

    public bool IsMemberRecipient => RecipientUserId is not null;
}
