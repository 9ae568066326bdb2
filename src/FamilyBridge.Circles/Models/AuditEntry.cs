namespace FamilyBridge.Circles.Models;

/// <summary>Who changed membership, invitations or audiences, and when. Read by the owner only.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public required string CircleId { get; set; }

    public required string ActorUserId { get; set; }

    public required string Action { get; set; }

    public string? SubjectUserId { get; set; }

    /// <summary>Short, plain words for the owner (an invited email, an audience size), never update content.</summary>
    public string? Detail { get; set; }

    public DateTime CreatedUtc { get; set; }
}
