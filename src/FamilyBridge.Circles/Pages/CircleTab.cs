namespace FamilyBridge.Circles.Pages;

/// <summary>The pages a circle's tab bar leads to.</summary>
public enum CircleTab
{
    Updates,
    People,
    Checklist,
    Plan,
    Settings,
}
