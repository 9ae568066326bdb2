namespace FamilyBridge.Circles.Models;

public enum MemberStatus
{
    Active,
    Removed,
    Left,
}
