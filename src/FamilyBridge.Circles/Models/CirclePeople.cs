namespace FamilyBridge.Circles.Models;

/// <summary>A circle, the viewer's membership in it and its active members (owner first), without the feed.</summary>
public sealed record CirclePeople(Circle Circle, CircleMember Me, IReadOnlyList<CircleMember> Members)
{
    public CircleMember Owner => Members.Single(m => m.IsOwner);

    public IReadOnlyList<CircleMember> Others => [.. Members.Where(m => !m.IsOwner)];
}
