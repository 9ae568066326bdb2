namespace FamilyBridge.Circles.Models;

/// <summary>The owner's sharing page: the people who could receive emails and every consent so far.</summary>
public sealed record SharingOverview(Circle Circle, CircleMember Owner, IReadOnlyList<CircleMember> Members, IReadOnlyList<ConsentGrantView> Grants);
