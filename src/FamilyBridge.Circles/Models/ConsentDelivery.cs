namespace FamilyBridge.Circles.Models;

/// <summary>
/// One queued consent email. Its id is the outbox delivery-gate key, so the gate can check again, just before
/// sending, that the consent is live and each update it carries may still go to this person.
/// </summary>
public sealed class ConsentDelivery
{
    public required string Id { get; set; }

    public required string GrantId { get; set; }

    public ConsentDeliveryKind Kind { get; set; }

    /// <summary>Comma-separated update ids this email carries (updates and digests).</summary>
    public string? UpdateIds { get; set; }

    public DateTime CreatedUtc { get; set; }
}
