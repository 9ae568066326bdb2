using System.Globalization;
using System.Resources;

namespace FamilyBridge.Circles;

/// <summary>
/// The module's text for code that has no localizer to hand (static helpers such as milestone labels): the same
/// resource files as <c>IStringLocalizer&lt;CirclesText&gt;</c>, read in the current UI culture, the key (English)
/// when a culture has no entry.
/// </summary>
public static class CirclesWords
{
    private static readonly ResourceManager Resources = new("FamilyBridge.Circles.Resources.CirclesText", typeof(CirclesText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, Get(key), args);
}
