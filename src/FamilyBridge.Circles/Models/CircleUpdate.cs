namespace FamilyBridge.Circles.Models;

/// <summary>Something the owner shares. A deleted update keeps its row so its audience sees that it was removed.</summary>
public sealed class CircleUpdate
{
    public required string Id { get; set; }

    public required string CircleId { get; set; }

    public required string AuthorUserId { get; set; }

    public UpdateKind Kind { get; set; }

    /// <summary>1 (very low) to 5 (very good), check-ins only.</summary>
    public int? Mood { get; set; }

    public bool HardDay { get; set; }

    public string? Note { get; set; }

    public int? MilestoneDays { get; set; }

    /// <summary>The recovery period a milestone or restart belongs to.</summary>
    public long? PeriodId { get; set; }

    /// <summary>True: every member; false: only the members in <see cref="UpdateAudienceMember"/>.</summary>
    public bool AudienceAll { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? EditedUtc { get; set; }

    public DateTime? DeletedUtc { get; set; }
}
