namespace FamilyBridge.Circles.Models;

/// <summary>An emailed, single-use invitation. Only the SHA-256 of the token is kept: a database copy cannot join.</summary>
public sealed class CircleInvitation
{
    public required string Id { get; set; }

    public required string CircleId { get; set; }

    public required string Email { get; set; }

    public string? Name { get; set; }

    public Relationship? Relationship { get; set; }

    public required string TokenHash { get; set; }

    public required string InvitedByUserId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    public InvitationStatus Status { get; set; }

    public DateTime? RespondedUtc { get; set; }

    public string? RespondedByUserId { get; set; }
}
