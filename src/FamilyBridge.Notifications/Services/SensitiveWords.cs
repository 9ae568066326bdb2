namespace FamilyBridge.Notifications.Services;

/// <summary>
/// Words that must never show in a subject line: subjects appear on lock screens and in shared inboxes, and a
/// family's situation is theirs to tell.
/// </summary>
public static class SensitiveWords
{
    private static readonly string[] Words =
    [
        "addict", "addiction", "alcohol", "alcoholic", "drug", "drugs", "overdose", "relapse", "recovery",
        "rehab", "sobriety", "sober", "substance", "opioid", "naloxone", "narcan", "detox", "withdrawal",

        // Spanish, with and without accents (phones and some mail apps drop them).
        "adicción", "adiccion", "adicciones", "adicto", "adicta", "adictos", "alcohólico", "alcoholico", "alcohólica",
        "alcoholica", "alcoholismo", "droga", "drogas", "drogadicto", "sobredosis", "recaída", "recaida", "recuperación",
        "recuperacion", "rehabilitación", "rehabilitacion", "sobriedad", "sobrio", "sobria", "sustancia", "sustancias",
        "opioide", "opioides", "naloxona", "desintoxicación", "desintoxicacion", "abstinencia", "fentanilo",
    ];

    /// <summary>The first sensitive word in <paramref name="text"/>, or null.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var tokens = text.Split(
            [' ', '\t', ',', '.', ':', ';', '!', '?', '¡', '¿', '«', '»', '-', '(', ')', '"', '\'', '/'],
            StringSplitOptions.RemoveEmptyEntries);
        return tokens.Select(t => t.ToLowerInvariant()).FirstOrDefault(t => Words.Contains(t));
    }
}
