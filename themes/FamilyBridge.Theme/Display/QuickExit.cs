namespace FamilyBridge.Theme.Display;

/// <summary>Where "Leave this site" goes: a neutral, everyday page that says nothing about why someone was here.</summary>
public static class QuickExit
{
    public const string NeutralAddress = "https://www.google.com/search?q=weather";
}
