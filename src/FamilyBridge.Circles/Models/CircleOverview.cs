namespace FamilyBridge.Circles.Models;

/// <summary>What the circle page shows one viewer.</summary>
public sealed record CircleOverview(
    Circle Circle,
    CircleMember Me,
    CircleMember Owner,
    IReadOnlyList<CircleMember> Members,
    DateOnly? StartDate,
    int? DaysInRecovery,
    int? SuggestedMilestone,
    string? SuggestedMilestoneLabel,
    IReadOnlyList<PeriodSummary> History,
    IReadOnlyList<UpdateView> Updates,
    int? NextMilestoneDays = null,
    string? NextMilestoneLabel = null)
{
    public bool IsOwner => Me.IsOwner;
}
