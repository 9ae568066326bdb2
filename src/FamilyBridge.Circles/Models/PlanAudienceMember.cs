namespace FamilyBridge.Circles.Models;

/// <summary>A member the owner shares the plan with; no rows means the plan is private.</summary>
public sealed class PlanAudienceMember
{
    public required string CircleId { get; set; }

    public required string UserId { get; set; }
}
