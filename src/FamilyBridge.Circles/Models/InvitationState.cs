namespace FamilyBridge.Circles.Models;

public enum InvitationState
{
    Open,
    Expired,
    Used,
    Revoked,
}
