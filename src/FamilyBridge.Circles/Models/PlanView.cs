namespace FamilyBridge.Circles.Models;

public sealed record PlanView(
    Circle Circle,
    CircleMember Me,
    CircleMember Owner,
    IReadOnlyList<PlanItem> Items,
    IReadOnlyList<CircleMember> Members,
    IReadOnlyList<string> SharedWithUserIds);
