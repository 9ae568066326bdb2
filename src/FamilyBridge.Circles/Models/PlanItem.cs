namespace FamilyBridge.Circles.Models;

/// <summary>One line of the owner's relapse-prevention plan.</summary>
public sealed class PlanItem
{
    public long Id { get; set; }

    public required string CircleId { get; set; }

    public PlanItemKind Kind { get; set; }

    public required string Text { get; set; }

    /// <summary>1–10, triggers only.</summary>
    public int? Strength { get; set; }

    /// <summary>Contacts only.</summary>
    public string? Phone { get; set; }

    public DateTime CreatedUtc { get; set; }
}
