namespace FamilyBridge.Theme.Display;

/// <summary>ViewData keys a page sets to change what the shared layout draws around it.</summary>
public static class LayoutFlags
{
    /// <summary>
    /// True on the search results page: it has its own search box, and two boxes on a phone push the first
    /// result below the fold.
    /// </summary>
    public const string HideHeaderSearch = "HideHeaderSearch";
}
