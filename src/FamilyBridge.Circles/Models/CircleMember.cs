namespace FamilyBridge.Circles.Models;

/// <summary>
/// One person in one circle. The row outlives membership (status Removed/Left) so the audit and old updates can
/// still name them; access checks look at <see cref="Status"/> only.
/// </summary>
public sealed class CircleMember
{
    public long Id { get; set; }

    public required string CircleId { get; set; }

    public required string UserId { get; set; }

    /// <summary>The name this person chose to show inside this circle.</summary>
    public required string DisplayName { get; set; }

    public bool IsOwner { get; set; }

    public Relationship? Relationship { get; set; }

    /// <summary>IANA time zone the member reads times in; the owner's zone also defines "today" for the counter.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    public MemberStatus Status { get; set; }

    public DateTime JoinedUtc { get; set; }

    public DateTime? EndedUtc { get; set; }
}
