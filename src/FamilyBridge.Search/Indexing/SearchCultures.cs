using System.Globalization;

namespace FamilyBridge.Search.Indexing;

/// <summary>
/// The languages search has its own analysis and index for. Each is searched apart, so a Spanish reader gets
/// Spanish pages and an English reader's results are exactly what they were before Spanish existed.
/// </summary>
public static class SearchCultures
{
    public const string English = "en";

    public const string Spanish = "es";

    /// <summary>English first: it is the default, and the culture of an item that names none.</summary>
    public static IReadOnlyList<string> All { get; } = [English, Spanish];

    /// <summary>
    /// The search culture for a culture name: <c>es</c>, <c>es-MX</c> and <c>es-US</c> are Spanish; anything
    /// else, including no name at all, is English.
    /// </summary>
    public static string Of(string? cultureName)
    {
        if (string.IsNullOrWhiteSpace(cultureName))
        {
            return English;
        }

        var language = cultureName.Trim().Split('-', '_')[0];
        return string.Equals(language, Spanish, StringComparison.OrdinalIgnoreCase) ? Spanish : English;
    }

    /// <summary>The search culture of the current request's reader.</summary>
    public static string Current => Of(CultureInfo.CurrentUICulture.Name);
}
