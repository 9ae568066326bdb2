using System.Text.RegularExpressions;

namespace FamilyBridge.Tests.Curriculum;

/// <summary>
/// The Fernández-Huerta reading ease of a Spanish lesson: 206.84 − 0.60 × P − 1.02 × F, with P the syllables per
/// 100 words and F the words per sentence. CONTENT-FACTS.md gives F as "sentences per 100 words", the formula as
/// first printed; that form scores shorter sentences as harder, which Law (2011) showed was a slip, so this uses
/// the corrected F (as textstat does). 70 or above reads as "fairly easy", about grade 7–8.
/// The Markdown is flattened by <see cref="Readability.ToPlainText"/>, so headings and list items count as sentences,
/// as in the English guard.
/// </summary>
internal static partial class SpanishReadability
{
    public static IReadOnlyList<string> Words(string plainText) =>
        Word().Matches(plainText).Select(m => m.Value).ToList();

    public static int CountWords(string markdown) => Words(Readability.ToPlainText(markdown)).Count;

    public static int CountSentences(string plainText) =>
        Math.Max(1, SentenceEnd().Split(plainText).Count(part => LetterOrDigit().IsMatch(part)));

    /// <summary>
    /// Syllables as vowel nuclei. Adjacent vowels share a syllable (a diphthong: "ciu-dad", "bue-no", "Uru-guay")
    /// unless both are strong (a, e, o: "le-er", "co-o-pe-rar") or one is an accented í or ú, which breaks the
    /// diphthong ("pa-ís", "rí-o"). The silent u of que/qui/gue/gui falls out on its own: "ue" and "ui" are one
    /// nucleus anyway. A final y after a vowel is a vowel ("hoy", "muy"); "y" alone is one syllable. At least 1.
    /// </summary>
    public static int CountSyllables(string word)
    {
        var w = new string(word.ToLowerInvariant().Where(c => c is >= 'a' and <= 'z' || "áéíóúüñ".Contains(c)).ToArray());
        if (w.Length == 0)
        {
            return 1; // a number such as 988
        }
        if (w == "y")
        {
            return 1;
        }
        var count = 0;
        var previous = '\0'; // the last vowel of the current vowel group, or \0 outside one
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var isVowel = IsVowel(c) || (c == 'y' && i == w.Length - 1 && i > 0 && IsVowel(w[i - 1]));
            if (!isVowel)
            {
                previous = '\0';
                continue;
            }
            var v = c == 'y' ? 'i' : c;
            if (previous == '\0' || (IsStrong(previous) && IsStrong(v)))
            {
                count++; // a new vowel group, or a hiatus inside one
            }
            previous = v;
        }
        return Math.Max(1, count);
    }

    /// <summary>The Fernández-Huerta index of a lesson body (higher is easier).</summary>
    public static double FernandezHuerta(string markdown)
    {
        var plain = Readability.ToPlainText(markdown);
        var words = Words(plain);
        if (words.Count == 0)
        {
            return 0;
        }
        var syllablesPer100Words = 100.0 * words.Sum(CountSyllables) / words.Count;
        var wordsPerSentence = (double)words.Count / CountSentences(plain);
        return 206.84 - (0.60 * syllablesPer100Words) - (1.02 * wordsPerSentence);
    }

    private static bool IsVowel(char c) => "aeiouáéíóúü".Contains(c);

    /// <summary>a, e, o, and an accented í or ú: two of these side by side are two syllables.</summary>
    private static bool IsStrong(char c) => "aeoáéóíú".Contains(c);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?]+(?=[""'”’»)]*(?:\s|$))")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{N}]")]
    private static partial Regex LetterOrDigit();
}
