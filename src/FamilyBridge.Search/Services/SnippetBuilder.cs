using System.Text.RegularExpressions;
using FamilyBridge.Search.Indexing;
using FamilyBridge.Search.Models;

namespace FamilyBridge.Search.Services;

/// <summary>
/// Picks the passage of a text with the most searched words and splits it into plain and matched runs.
/// Written here because Lucene.Net.Highlighter is not on our registry. Words are matched by stem, so a search
/// for "enabling" marks "enable" and "enabled" too; what may be marked is decided by <see cref="HighlightTerms"/>.
/// Neighbouring marks with only spaces between them become one, so a phrase reads as one mark.
/// </summary>
internal sealed partial class SnippetBuilder(SearchAnalyzer analyzer)
{
    public const int DefaultLength = 240;

    private const string Ellipsis = "…";

    /// <summary>How much lead-in to keep before the first match, so the passage starts mid-thought less often.</summary>
    private const int LeadIn = 50;

    /// <summary>How much of a long text, in snippet lengths, is analysed for matches (see <see cref="FindMatches"/>).</summary>
    private const int AnalysedRegionFactor = 4;

    /// <summary>The best passage of <paramref name="text"/>, and how many matched words it holds.</summary>
    public (HighlightedText Text, int Matches) Build(string? text, HighlightTerms terms, int maxLength = DefaultLength)
    {
        var clean = Whitespace().Replace(text ?? "", " ").Trim();
        if (clean.Length == 0)
        {
            return (HighlightedText.Empty, 0);
        }

        var matches = FindMatches(clean, terms, maxLength);
        if (matches.Count == 0)
        {
            var end = CutAtWord(clean, Math.Min(clean.Length, maxLength));
            return (new HighlightedText([new TextSegment(clean[..end] + (end < clean.Length ? Ellipsis : ""), false)]), 0);
        }

        var (start, windowMatches) = BestWindow(matches, maxLength);
        var from = StartAtWord(clean, Math.Max(0, matches[start].StartOffset - LeadIn));
        var to = CutAtWord(clean, Math.Min(clean.Length, from + maxLength));
        var segments = new List<TextSegment>();
        if (from > 0)
        {
            segments.Add(new TextSegment(Ellipsis, false));
        }

        var inWindow = matches.Where(m => m.StartOffset >= from && m.EndOffset <= to).ToList();
        segments.AddRange(Segments(clean, from, to, inWindow));
        if (to < clean.Length)
        {
            segments.Add(new TextSegment(Ellipsis, false));
        }

        return (new HighlightedText(segments), Math.Max(inWindow.Count, windowMatches));
    }

    /// <summary>The text from <paramref name="from"/> to <paramref name="to"/> as plain and marked runs.</summary>
    private static List<TextSegment> Segments(string text, int from, int to, List<AnalyzedToken> matches)
    {
        var segments = new List<TextSegment>();
        var position = from;
        var markStart = -1;
        foreach (var match in matches)
        {
            if (markStart >= 0 && !string.IsNullOrWhiteSpace(text[position..match.StartOffset]))
            {
                segments.Add(new TextSegment(text[markStart..position], true));
                markStart = -1;
            }

            if (markStart < 0)
            {
                if (match.StartOffset > position)
                {
                    segments.Add(new TextSegment(text[position..match.StartOffset], false));
                }

                markStart = match.StartOffset;
            }

            position = match.EndOffset;
        }

        if (markStart >= 0)
        {
            segments.Add(new TextSegment(text[markStart..position], true));
        }

        if (to > position)
        {
            segments.Add(new TextSegment(text[position..to], false));
        }

        return segments;
    }

    /// <summary>
    /// The matched words of the passage worth showing. A lesson body runs to thousands of words and analysing all
    /// of it for each of ten hits was most of a search's time, so a long text is analysed only from a little before
    /// the first place a searched stem appears as typed (stems are word prefixes but for a last "i"/"e": "famili").
    /// </summary>
    private List<AnalyzedToken> FindMatches(string clean, HighlightTerms terms, int maxLength)
    {
        var regionLength = AnalysedRegionFactor * maxLength;
        if (clean.Length <= regionLength)
        {
            return Analyse(clean, 0, terms);
        }

        var first = -1;
        foreach (var term in terms.AllTerms)
        {
            var probe = term.Length > 3 && term[^1] is 'i' or 'e' ? term[..^1] : term;
            var at = clean.IndexOf(probe, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }

        var from = first < 0 ? 0 : StartAtWord(clean, Math.Max(0, first - LeadIn));
        var to = CutAtWord(clean, Math.Min(clean.Length, from + regionLength));
        return Analyse(clean[from..to], from, terms);
    }

    private List<AnalyzedToken> Analyse(string text, int offset, HighlightTerms terms) =>
        [.. terms.Select(analyzer.Tokenize(text))
            .Select(t => offset == 0 ? t : t with { StartOffset = t.StartOffset + offset, EndOffset = t.EndOffset + offset })];

    /// <summary>The whole text with every matched word marked (titles).</summary>
    public HighlightedText MarkAll(string? text, HighlightTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var clean = text ?? "";
        return new HighlightedText(Segments(clean, 0, clean.Length, terms.Select(analyzer.Tokenize(clean))));
    }

    // The window starting at a match that covers the most distinct words, then the most matches.
    private static (int Start, int Matches) BestWindow(List<AnalyzedToken> matches, int maxLength)
    {
        var best = (Start: 0, Score: -1, Matches: 0);
        for (var i = 0; i < matches.Count; i++)
        {
            var limit = matches[i].StartOffset + maxLength - LeadIn;
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            var total = 0;
            for (var j = i; j < matches.Count && matches[j].EndOffset <= limit; j++)
            {
                distinct.Add(matches[j].Term);
                total++;
            }

            var score = (distinct.Count * 100) + total;
            if (score > best.Score)
            {
                best = (i, score, total);
            }
        }

        return (best.Start, best.Matches);
    }

    private static int StartAtWord(string text, int index)
    {
        if (index == 0)
        {
            return 0;
        }

        var space = text.IndexOf(' ', index);
        return space < 0 ? index : space + 1;
    }

    private static int CutAtWord(string text, int index)
    {
        if (index >= text.Length)
        {
            return text.Length;
        }

        var space = text.LastIndexOf(' ', index);
        return space <= 0 ? index : space;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
