using System.Globalization;
using System.Text;
using FamilyBridge.Search.Indexing;

namespace FamilyBridge.Search.Services;

/// <summary>
/// Reads what a reader typed without ever failing. There is no query syntax to get wrong: quotes make a phrase,
/// everything else is words. <c>AND</c>, <c>*</c>, <c>:</c> and the like are just text, and the analyzer drops
/// what is not a word, so no input can reach Lucene's parser or throw.
/// </summary>
internal sealed class SearchQueryParser(SearchAnalyzer analyzer)
{
    /// <summary>Longer input is cut: nobody's question needs more, and it bounds the work per request.</summary>
    public const int MaxQueryLength = 200;

    public const int MaxWords = 16;

    public const int MaxPhrases = 4;

    public const int MaxPhraseWords = 8;

    public ParsedQuery Parse(string? input)
    {
        var text = Clean(input);
        var words = WordsOnly(text);
        var free = new StringBuilder();
        var phrases = new List<PhraseTerms>();
        var segmentStart = 0;
        var quoteStart = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (words[i] != '"')
            {
                continue;
            }

            if (quoteStart < 0)
            {
                free.Append(words, segmentStart, i - segmentStart).Append(' ');
                quoteStart = i;
            }
            else
            {
                var phrase = analyzer.Tokenize(words[(quoteStart + 1)..i], MaxPhraseWords);
                if (phrase.Count > 0 && phrases.Count < MaxPhrases)
                {
                    phrases.Add(PhraseTerms.From(phrase));
                }

                quoteStart = -1;
                segmentStart = i + 1;
            }
        }

        // An unbalanced quote is a typo, not a phrase: its words count as ordinary words.
        var rest = quoteStart >= 0 ? quoteStart + 1 : segmentStart;
        free.Append(words, rest, words.Length - rest);
        return new ParsedQuery(text, analyzer.Tokenize(free.ToString(), MaxWords), phrases);
    }

    /// <summary>
    /// Query-syntax characters as spaces: Unicode word rules keep "title:naloxone" as one word, and a reader who
    /// types "(naloxone)" or "nal*" means the word.
    /// </summary>
    private static string WordsOnly(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is ':' or '*' or '?' or '(' or ')' or '[' or ']' or '{' or '}' or '^' or '~' or '\\' or '/' or '|' or '&' or '+' or '!' or '=' or '<' or '>' or ';')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary>Trimmed, capped, control characters and typographic quotes normalised.</summary>
    internal static string Clean(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return "";
        }

        var text = input.Trim();
        if (text.Length > MaxQueryLength)
        {
            var cut = MaxQueryLength;
            if (char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            text = text[..cut];
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                _ when char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format => ' ',
                _ => c,
            });
        }

        return builder.ToString().Trim();
    }
}
