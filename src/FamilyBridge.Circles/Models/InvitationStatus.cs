namespace FamilyBridge.Circles.Models;

public enum InvitationStatus
{
    Pending,
    Accepted,
    Declined,
    Revoked,
}
