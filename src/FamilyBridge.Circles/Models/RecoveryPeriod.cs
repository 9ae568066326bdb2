namespace FamilyBridge.Circles.Models;

/// <summary>
/// One run of the days-in-recovery counter. A restart closes the current period and opens a new one, so the
/// days and milestones of earlier periods stay in the history.
/// </summary>
public sealed class RecoveryPeriod
{
    public long Id { get; set; }

    public required string CircleId { get; set; }

    /// <summary>A calendar date in the owner's time zone.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>The last day counted, or null for the current period.</summary>
    public DateOnly? EndDate { get; set; }

    public DateTime CreatedUtc { get; set; }
}
