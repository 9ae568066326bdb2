namespace FamilyBridge.Circles.Models;

/// <summary>One run of the counter as the history shows it: its days and the milestones it reached.</summary>
public sealed record PeriodSummary(DateOnly StartDate, DateOnly? EndDate, int Days, IReadOnlyList<string> MilestonesReached);
