using FamilyBridge.Search.Indexing;

namespace FamilyBridge.Search.Services;

/// <summary>
/// What a snippet may mark for one query: the stems of the words typed, their one-word synonyms, and — only as
/// whole phrases — quoted phrases and many-word synonyms ("overdose reversal" for "naloxone" marks that phrase,
/// never a lone "overdose" or "reversal"). Near spellings join only for a typed word the index does not hold, when
/// typo tolerance found the results.
/// </summary>
internal sealed class HighlightTerms
{
    public HighlightTerms(IEnumerable<string> words, IEnumerable<PhraseTerms> phrases)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(phrases);
        Words = words.ToHashSet(StringComparer.Ordinal);
        Phrases = [.. phrases.Where(p => p.Terms.Count > 1).Distinct()];
        foreach (var single in phrases.Where(p => p.Terms.Count == 1))
        {
            Words.Add(single.Terms[0].Term);
        }

        AllTerms = Words.Concat(Phrases.SelectMany(p => p.Terms.Select(t => t.Term))).ToHashSet(StringComparer.Ordinal);
    }

    public static HighlightTerms None { get; } = new([], []);

    /// <summary>Stems marked wherever they appear.</summary>
    public HashSet<string> Words { get; }

    /// <summary>Sequences of stems marked only where they appear together, in order.</summary>
    public IReadOnlyList<PhraseTerms> Phrases { get; }

    /// <summary>Every stem that could be part of a mark, to find where in a long text matches start.</summary>
    public IReadOnlySet<string> AllTerms { get; }

    /// <summary>
    /// The terms of <paramref name="parsed"/>: its words, its quoted phrases, and each synonym group a run of its words
    /// belongs to. <paramref name="nearSpellings"/> are added as words (the caller decides when they apply).
    /// </summary>
    public static HighlightTerms For(ParsedQuery parsed, SynonymGroups synonyms, IEnumerable<string>? nearSpellings = null)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(synonyms);
        var words = parsed.Words.Select(w => w.Term).ToList();
        var phrases = new List<PhraseTerms>(parsed.Phrases);
        for (var i = 0; i < parsed.Words.Count; i++)
        {
            if (synonyms.Match(parsed.Words, i) is { } found)
            {
                phrases.AddRange(found.Group);
            }
        }

        words.AddRange(nearSpellings ?? []);
        return new HighlightTerms(words, phrases);
    }

    /// <summary>The tokens of <paramref name="tokens"/> to mark, in text order.</summary>
    public List<AnalyzedToken> Select(IReadOnlyList<AnalyzedToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var marked = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Words.Contains(tokens[i].Term))
            {
                marked[i] = true;
            }

            foreach (var phrase in Phrases)
            {
                if (MatchPhrase(tokens, i, phrase) is { } last)
                {
                    for (var k = i; k <= last; k++)
                    {
                        marked[k] = true;
                    }
                }
            }
        }

        return [.. tokens.Where((_, i) => marked[i])];
    }

    /// <summary>The index of the phrase's last token when it starts at <paramref name="start"/>; stop-word gaps must line up.</summary>
    private static int? MatchPhrase(IReadOnlyList<AnalyzedToken> tokens, int start, PhraseTerms phrase)
    {
        if (tokens[start].Term != phrase.Terms[0].Term)
        {
            return null;
        }

        var at = start;
        for (var k = 1; k < phrase.Terms.Count; k++)
        {
            at++;
            var (term, offset) = phrase.Terms[k];
            if (at >= tokens.Count || tokens[at].Term != term || tokens[at].Position - tokens[start].Position != offset)
            {
                return null;
            }
        }

        return at;
    }
}
