namespace FamilyBridge.Circles.Models;

/// <summary>Encouragement on an update: a short message or a reaction.</summary>
public sealed class UpdateReply
{
    public const int MaxMessageLength = 500;

    public required string Id { get; set; }

    public required string CircleId { get; set; }

    public required string UpdateId { get; set; }

    public required string UserId { get; set; }

    public string? Message { get; set; }

    public Reaction? Reaction { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? HiddenUtc { get; set; }
}
