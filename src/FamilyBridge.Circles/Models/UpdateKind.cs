namespace FamilyBridge.Circles.Models;

public enum UpdateKind
{
    Milestone,
    CheckIn,
    Meeting,
    Note,
    CounterRestart,
}
