using System.Text;
using System.Text.RegularExpressions;

namespace FamilyBridge.Tests.Curriculum;

/// <summary>
/// Plain-text rendering of a lesson's Markdown and the Flesch–Kincaid grade level of that text:
/// 0.39 × words/sentences + 11.8 × syllables/words − 15.59.
/// Headings and list items count as sentences of their own (a reader takes them in one at a time).
/// </summary>
internal static partial class Readability
{
    /// <summary>Markdown → plain text, one block (paragraph, heading, list item, quote) per line, each ending in a full stop.</summary>
    public static string ToPlainText(string markdown)
    {
        var text = FencedCode().Replace(markdown.Replace("\r\n", "\n", StringComparison.Ordinal), " ");
        var blocks = new List<string>();
        StringBuilder? current = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            if (current is null || BlockStart().IsMatch(line))
            {
                Flush();
                current = new StringBuilder(line);
            }
            else
            {
                current.Append(' ').Append(line); // a soft-wrapped line continues its paragraph or list item
            }
        }
        Flush();

        var lines = new List<string>();
        foreach (var block in blocks)
        {
            var b = HeadingMarker().Replace(block, "");
            b = QuoteMarker().Replace(b, "");
            b = ListMarker().Replace(b, "");
            b = Image().Replace(b, "$1");
            b = Link().Replace(b, "$1");
            b = HtmlTag().Replace(b, " ");
            b = BareUrl().Replace(b, " ");
            b = Emphasis().Replace(b, "");
            b = Spaces().Replace(b, " ").Trim();
            if (b.Length == 0 || HorizontalRule().IsMatch(b))
            {
                continue;
            }
            if (b.EndsWith(':') || b.EndsWith(';'))
            {
                b = b[..^1] + ".";
            }
            else if (!EndsSentence().IsMatch(b))
            {
                b += ".";
            }
            lines.Add(b);
        }
        return string.Join('\n', lines);

        void Flush()
        {
            if (current is not null)
            {
                blocks.Add(current.ToString());
                current = null;
            }
        }
    }

    public static IReadOnlyList<string> Words(string plainText) =>
        Word().Matches(plainText).Select(m => m.Value).ToList();

    public static int CountWords(string markdown) => Words(ToPlainText(markdown)).Count;

    public static int CountSentences(string plainText)
    {
        var text = Abbreviation().Replace(plainText, m => m.Value.Replace(".", "", StringComparison.Ordinal));
        var count = SentenceEnd().Split(text).Count(part => LetterOrDigit().IsMatch(part));
        return Math.Max(1, count);
    }

    /// <summary>
    /// Syllables by vowel groups (a, e, i, o, u, y), less a silent final e (but not -le after a consonant, nor -ee),
    /// a silent -ed (not after t or d) and a silent -es (not after s, x, z, c, g, ch, sh); at least 1.
    /// </summary>
    public static int CountSyllables(string word)
    {
        var w = new string(word.ToLowerInvariant().Where(c => c is >= 'a' and <= 'z').ToArray());
        if (w.Length <= 3)
        {
            return 1;
        }
        var count = VowelGroup().Count(w);
        if (w.EndsWith('e'))
        {
            var consonantLe = w.EndsWith("le", StringComparison.Ordinal) && !IsVowel(w[^3]);
            if (!consonantLe && !w.EndsWith("ee", StringComparison.Ordinal))
            {
                count--;
            }
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w[^3] is not ('t' or 'd') && !IsVowel(w[^3]))
        {
            count--;
        }
        else if (w.EndsWith("es", StringComparison.Ordinal) && !IsVowel(w[^3]) && w[^3] is not ('s' or 'x' or 'z' or 'c' or 'g')
                 && !w.EndsWith("ches", StringComparison.Ordinal) && !w.EndsWith("shes", StringComparison.Ordinal))
        {
            count--;
        }
        return Math.Max(1, count);
    }

    public static double FleschKincaidGrade(string markdown)
    {
        var plain = ToPlainText(markdown);
        var words = Words(plain);
        if (words.Count == 0)
        {
            return 0;
        }
        var sentences = CountSentences(plain);
        var syllables = words.Sum(CountSyllables);
        return (0.39 * words.Count / sentences) + (11.8 * syllables / words.Count) - 15.59;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    [GeneratedRegex(@"```.*?```", RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\|)")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"^#{1,6}\s+")]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"^>\s?")]
    private static partial Regex QuoteMarker();

    [GeneratedRegex(@"^([-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"[*_`|]+")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^[-*_\s]{3,}$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[.!?][""'”’)]*$")]
    private static partial Regex EndsSentence();

    [GeneratedRegex(@"(?:[A-Za-z]\.){2,}|[A-Za-z0-9]+(?:['’][A-Za-z]+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:e\.g\.|i\.e\.|a\.m\.|p\.m\.|U\.S\.|Dr\.|Mr\.|Mrs\.|Ms\.|vs\.|etc\.)", RegexOptions.IgnoreCase)]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"[.!?]+(?=[""'”’)]*(?:\s|$))")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[A-Za-z0-9]")]
    private static partial Regex LetterOrDigit();

    [GeneratedRegex(@"[aeiouy]+")]
    private static partial Regex VowelGroup();
}
