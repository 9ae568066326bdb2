namespace FamilyBridge.Circles.Models;

/// <summary>How a member is related to the person in recovery, as the member says it.</summary>
public enum Relationship
{
    Parent,
    Partner,
    Sibling,
    Child,
    Friend,
    Other,
}
