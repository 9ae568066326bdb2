namespace FamilyBridge.Circles.Models;

/// <summary>One line of a consent's history. Read by the owner only; never holds update content.</summary>
public sealed class ConsentEvent
{
    /// <summary><see cref="ActorUserId"/> when the recipient acted through an emailed link.</summary>
    public const string Recipient = "recipient";

    /// <summary><see cref="ActorUserId"/> when the site acted on its own (expiry, reminders).</summary>
    public const string System = "system";

    public long Id { get; set; }

    public required string GrantId { get; set; }

    public required string CircleId { get; set; }

    public required string Action { get; set; }

    /// <summary>A user id, <see cref="Recipient"/> or <see cref="System"/>.</summary>
    public required string ActorUserId { get; set; }

    public string? Detail { get; set; }

    public DateTime CreatedUtc { get; set; }
}
