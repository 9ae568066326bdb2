namespace FamilyBridge.Search.Indexing;

/// <summary>
/// The synonym list, analysed with the search analyzer so "Pills" in the list and "pill" in a query meet on
/// the same stem. Each entry is a sequence of stems with relative positions (multi-word entries become phrases).
/// </summary>
public sealed class SynonymGroups
{
    private const string ResourceName = "FamilyBridge.Search.synonyms.txt";
    private const string SpanishResourceName = "FamilyBridge.Search.synonyms-es.txt";

    // First stem → candidate entries, longest first, so "narcotics anonymous" wins over "narcotics".
    private readonly Dictionary<string, List<(PhraseTerms Entry, int Group)>> _byFirstTerm = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<PhraseTerms>> _groups = [];

    public SynonymGroups(SearchAnalyzer analyzer, TextReader source)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(source);
        while (source.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var entries = line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(e => PhraseTerms.From(analyzer.Tokenize(e)))
                .Where(e => e.Terms.Count > 0)
                .Distinct()
                .ToList();
            if (entries.Count < 2)
            {
                continue;
            }

            var group = _groups.Count;
            _groups.Add(entries);
            foreach (var entry in entries)
            {
                if (!_byFirstTerm.TryGetValue(entry.Terms[0].Term, out var list))
                {
                    list = [];
                    _byFirstTerm[entry.Terms[0].Term] = list;
                }

                list.Add((entry, group));
                list.Sort((a, b) => b.Entry.Terms.Count.CompareTo(a.Entry.Terms.Count));
            }
        }
    }

    public int Count => _groups.Count;

    /// <summary>The list shipped in this assembly for the analyzer's language (synonyms.txt, synonyms-es.txt).</summary>
    public static SynonymGroups LoadEmbedded(SearchAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var name = analyzer.Culture == SearchCultures.Spanish ? SpanishResourceName : ResourceName;
        using var stream = typeof(SynonymGroups).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return new SynonymGroups(analyzer, reader);
    }

    /// <summary>
    /// The longest entry starting at <paramref name="start"/> in the query's tokens, with the whole group it
    /// belongs to; null when no entry starts there.
    /// </summary>
    internal (int Length, IReadOnlyList<PhraseTerms> Group, PhraseTerms Matched)? Match(IReadOnlyList<AnalyzedToken> tokens, int start)
    {
        if (!_byFirstTerm.TryGetValue(tokens[start].Term, out var candidates))
        {
            return null;
        }

        foreach (var (entry, group) in candidates)
        {
            var length = entry.Terms.Count;
            if (start + length > tokens.Count)
            {
                continue;
            }

            var matches = true;
            for (var i = 1; i < length && matches; i++)
            {
                matches = tokens[start + i].Term == entry.Terms[i].Term;
            }

            if (matches)
            {
                return (length, _groups[group], entry);
            }
        }

        return null;
    }
}
