namespace FamilyBridge.Notifications.Services;

/// <summary>
/// Asked by the dispatcher immediately before each message that carries a <c>DeliveryGateKey</c> is sent, so a
/// message queued under a consent that has since been revoked, unsubscribed, expired or ended is never sent.
/// A module registers one gate per key prefix (scoped: it may read its own DbContext).
/// </summary>
public interface IOutboxDeliveryGate
{
    /// <summary>Keys this gate answers for start with this prefix, e.g. <c>"circle-consent:"</c>.</summary>
    string KeyPrefix { get; }

    Task<DeliveryDecision> CheckAsync(string deliveryGateKey, CancellationToken cancellationToken = default);
}

/// <summary>Whether a gated message may still go; when not, <paramref name="Reason"/> is shown in the mail queue (never circle content).</summary>
public sealed record DeliveryDecision(bool MaySend, string? Reason = null)
{
    public static DeliveryDecision Send { get; } = new(true);

    public static DeliveryDecision Cancel(string reason) => new(false, reason);
}
