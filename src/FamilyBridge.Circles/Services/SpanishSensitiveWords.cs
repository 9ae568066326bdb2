using System.Globalization;
using System.Text;

namespace FamilyBridge.Circles.Services;

/// <summary>
/// The Spanish words a subject line or preview must never carry, for the same reason as the English list in
/// Notifications' <c>SensitiveWords</c>: they show on lock screens and in shared inboxes. Matched without accents
/// and case, because people and phones write "recaida" as often as "recaída".
/// </summary>
public static class SpanishSensitiveWords
{
    private static readonly HashSet<string> Words = new(
        [
            "adicto", "adicta", "adictos", "adictas", "adiccion", "adicciones", "alcohol", "alcoholico", "alcoholica",
            "alcoholicos", "alcoholismo", "droga", "drogas", "drogadicto", "drogadicta", "sobredosis", "recaida",
            "recaidas", "recuperacion", "rehabilitacion", "rehab", "desintoxicacion", "sobriedad", "sobrio", "sobria",
            "sustancia", "sustancias", "opioide", "opioides", "naloxona", "narcan", "abstinencia", "consumo",
            "tratamiento",
        ],
        StringComparer.Ordinal);

    private static readonly char[] Separators =
        [' ', '\t', ',', '.', ':', ';', '!', '?', '¡', '¿', '-', '(', ')', '"', '\'', '/', '«', '»', '“', '”'];

    /// <summary>The first Spanish sensitive word in <paramref name="text"/> as written there, or null.</summary>
    public static string? Find(string? text) =>
        string.IsNullOrEmpty(text)
            ? null
            : text.Split(Separators, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(t => Words.Contains(Plain(t)));

    /// <summary>Refuses a consent email whose subject or preview carries a Spanish sensitive word.</summary>
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
