namespace FamilyBridge.Circles.Models;

/// <summary>Which kinds of update a consent covers.</summary>
public enum ConsentScope
{
    Milestones,
    MilestonesAndCheckIns,
    AllUpdates,
}
