using System.Globalization;
using System.Text;

namespace FamilyBridge.Notifications.Services;

/// <summary>
/// Words that must never show in a subject line or preview: they appear on lock screens and in shared inboxes, and a
/// family's situation is theirs to tell. Matched without case or accents, because people and phones write "recaida"
/// as often as "recaída".
/// </summary>
public static class SensitiveWords
{
    private static readonly HashSet<string> Words = new(
        [
            "addict", "addiction", "alcohol", "alcoholic", "drug", "drugs", "overdose", "relapse", "recovery",
            "rehab", "sobriety", "sober", "substance", "opioid", "naloxone", "narcan", "detox", "withdrawal",

            // Spanish, written without accents (the text is compared without them too).
            "adiccion", "adicciones", "adicto", "adicta", "adictos", "adictas", "alcoholico", "alcoholica", "alcoholicos",
            "alcoholismo", "droga", "drogas", "drogadicto", "drogadicta", "sobredosis", "recaida", "recaidas",
            "recuperacion", "rehabilitacion", "sobriedad", "sobrio", "sobria", "sustancia", "sustancias", "opioide",
            "opioides", "naloxona", "desintoxicacion", "abstinencia", "fentanilo", "consumo", "tratamiento",
        ],
        StringComparer.Ordinal);

    private static readonly char[] Separators =
        [' ', '\t', ',', '.', ':', ';', '!', '?', '¡', '¿', '«', '»', '“', '”', '-', '(', ')', '"', '\'', '/'];

    /// <summary>The first sensitive word in <paramref name="text"/> as written there, or null.</summary>
    public static string? Find(string? text) =>
        string.IsNullOrEmpty(text)
            ? null
            : text.Split(Separators, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(t => Words.Contains(Plain(t)));

    /// <summary>Refuses, before anything is queued, an email whose subject or preview carries a sensitive word.</summary>
    public static void Check(string subject, string? preview)
    {
        if (Find(subject) is { } word)
        {
            throw new ArgumentException($"An email subject must not carry sensitive words ('{word}').", nameof(subject));
        }

        if (Find(preview) is { } previewWord)
        {
            throw new ArgumentException($"Email preview text must not carry sensitive words ('{previewWord}').", nameof(preview));
        }
    }

    private static string Plain(string token)
    {
        var decomposed = token.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            plain.Append(c);
        }

        return plain.ToString();
    }
}
