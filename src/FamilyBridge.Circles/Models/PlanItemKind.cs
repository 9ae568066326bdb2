namespace FamilyBridge.Circles.Models;

public enum PlanItemKind
{
    Trigger,
    Coping,
    Contact,
    Activity,
}
