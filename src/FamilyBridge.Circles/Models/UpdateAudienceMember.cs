namespace FamilyBridge.Circles.Models;

/// <summary>A member chosen to see an update whose audience is not everyone.</summary>
public sealed class UpdateAudienceMember
{
    public required string UpdateId { get; set; }

    public required string UserId { get; set; }
}
