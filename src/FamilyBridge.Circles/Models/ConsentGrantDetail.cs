namespace FamilyBridge.Circles.Models;

public sealed record ConsentGrantDetail(Circle Circle, CircleMember Owner, ConsentGrantView Grant, IReadOnlyList<ConsentEventView> History);
