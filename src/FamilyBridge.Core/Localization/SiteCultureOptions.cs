using System.Globalization;

namespace FamilyBridge.Core.Localization;

/// <summary>
/// The <c>Localization</c> section: the cultures the site speaks. The default culture's pages have no prefix
/// (<c>/resources</c>); every other culture's pages live under its name (<c>/es/resources</c>).
/// </summary>
public sealed class SiteCultureOptions
{
    public const string SectionName = "Localization";

    public string DefaultCulture { get; set; } = "en";

    public IList<string> Cultures { get; } = ["en", "es"];

    public IReadOnlyList<CultureInfo> SupportedCultures =>
        [.. Cultures.Append(DefaultCulture).Distinct(StringComparer.OrdinalIgnoreCase).Select(CultureInfo.GetCultureInfo)];

    public bool IsSupported(string? culture) =>
        !string.IsNullOrEmpty(culture) && SupportedCultures.Any(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase));

    /// <summary>The path prefix of a culture's pages: empty for the default culture, <c>/es</c> for Spanish.</summary>
    public string PathPrefix(string culture) =>
        string.Equals(culture, DefaultCulture, StringComparison.OrdinalIgnoreCase) ? string.Empty : "/" + culture.ToLowerInvariant();
}
