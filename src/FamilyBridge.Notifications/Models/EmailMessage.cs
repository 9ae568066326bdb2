namespace FamilyBridge.Notifications.Models;

/// <summary>
/// One email to one person. A plain record (not a MimeMessage) so the outbox can store it as a row and send it
/// again after a crash.
/// </summary>
public sealed record EmailMessage
{
    public required string To { get; init; }

    public string? ToName { get; init; }

    /// <summary>Never carries sensitive words: it shows on lock screens and shared inboxes.</summary>
    public required string Subject { get; init; }

    public required string TextBody { get; init; }

    public string? HtmlBody { get; init; }

    /// <summary>
    /// When set, the dispatcher asks the <c>IOutboxDeliveryGate</c> whose prefix matches just before sending, and
    /// cancels the message if the gate says no (e.g. <c>"circle-consent:{grantId}:{updateId}"</c>).
    /// </summary>
    public string? DeliveryGateKey { get; init; }

    /// <summary>Extra headers, e.g. <c>List-Unsubscribe</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
