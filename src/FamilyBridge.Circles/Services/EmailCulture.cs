using System.Globalization;

namespace FamilyBridge.Circles.Services;

/// <summary>
/// Writes an email in its recipient's language rather than the language of whoever caused it: the owner may post in
/// English while their sister reads Spanish, and digests are composed by a background job with no request at all.
/// </summary>
public sealed class EmailCulture : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private EmailCulture(string language)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        var chosen = CultureInfo.GetCultureInfo(Normalize(language));
        CultureInfo.CurrentCulture = chosen;
        CultureInfo.CurrentUICulture = chosen;
    }

    public const string English = "en";

    public const string Spanish = "es";

    public static IReadOnlyList<string> Languages { get; } = [English, Spanish];

    /// <summary>Until disposed, the current culture (dates) and UI culture (text) are <paramref name="language"/>'s.</summary>
    public static EmailCulture Use(string? language) => new(language ?? English);

    /// <summary>A language the circle emails are written in: <paramref name="language"/> when it is one, else English.</summary>
    public static string Normalize(string? language) =>
        Languages.FirstOrDefault(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase)) ?? English;

    public static bool IsLanguage(string? language) => Languages.Contains(language ?? "", StringComparer.OrdinalIgnoreCase);

    /// <summary>The reader's language on this request when the circle emails are written in it, else English.</summary>
    public static string Current() => Normalize(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>The path prefix of the language's pages (<c>/es</c>; none for English, the site's default).</summary>
    public static string PathPrefix(string? language) => Normalize(language) == English ? string.Empty : "/" + Normalize(language);

    /// <summary>
    /// A date in the current culture: Spanish "24 de noviembre de 2026"; English keeps the day-first "24 November
    /// 2026" its readers have always had in these emails and pages.
    /// </summary>
    public static string LongDate(DateTime value) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Spanish
            ? FamilyBridge.Core.Localization.CultureDates.LongDate(value)
            : value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
