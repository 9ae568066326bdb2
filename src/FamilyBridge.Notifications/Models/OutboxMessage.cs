namespace FamilyBridge.Notifications.Models;

/// <summary>
/// One email in the outbox table. The row is the message until it is sent or cancelled; after that only the
/// envelope (who, subject, status, times) stays, so circle news does not sit at rest longer than needed.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxErrorLength = 1000;

    /// <summary>Insertion order: the dispatcher sends oldest first.</summary>
    public long Id { get; set; }

    /// <summary>The Message-ID header, the same on every try, so a receiving server can spot a repeat.</summary>
    public required string MessageId { get; set; }

    public required string Recipient { get; set; }

    public string? RecipientName { get; set; }

    public required string Subject { get; set; }

    /// <summary>Null once the message is sent or cancelled.</summary>
    public string? TextBody { get; set; }

    public string? HtmlBody { get; set; }

    /// <summary>Extra headers as a JSON object; null once sent or cancelled.</summary>
    public string? HeadersJson { get; set; }

    public string? DeliveryGateKey { get; set; }

    public OutboxStatus Status { get; set; }

    /// <summary>Tries that reached the mail server; an unreachable server does not count (see OutboxDispatcher).</summary>
    public int Attempts { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    /// <summary>What went wrong last, e.g. the server's own words "550 5.1.1 mailbox unavailable".</summary>
    public string? LastError { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? LastAttemptUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    /// <summary>The dispatcher pass that claimed the row; two passes never send the same row.</summary>
    public Guid? ClaimToken { get; set; }

    public DateTime? ClaimedUtc { get; set; }
}
