using FamilyBridge.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace FamilyBridge.Search.Services;

/// <summary>
/// Turns a parsed query into Lucene clauses: each word (or synonym group) searched across the weighted fields,
/// quoted phrases required, and — when asked — near spellings for typo tolerance.
/// </summary>
internal sealed class SearchQueryBuilder(SynonymGroups synonyms)
{
    private const float PartWordWeight = 0.3f;
    private const float FuzzyWeight = 0.5f;
    private const float TieBreaker = 0.1f;
    private const int MinFuzzyLength = 4;

    // No misspelt word is this long; a pasted blob of text is, and would make an expensive automaton.
    private const int MaxFuzzyLength = 24;

    // Near spellings are looked for where the words are; the short list fields add cost, not recall.
    private static readonly string[] FuzzyFields = [SearchFields.Title, SearchFields.Summary, SearchFields.Body, SearchFields.Resource];

    // A synonym the reader did not type that is several common words ("overdose reversal" for "naloxone") is
    // looked for only in the short fields. Over long bodies such a phrase reads the positions of every lesson that
    // has all its words — the slowest query we had — and a body that says it usually says the word typed too.
    // "Common" is absolute: the cost grows with the number of bodies holding the rarest word, not with a ratio.
    private const int CommonPhraseDocs = 500;

    private static readonly string[] ShortFields = [SearchFields.Title, SearchFields.Summary, SearchFields.Resource, SearchFields.ModuleTitle];

    public Query Build(ParsedQuery parsed, bool fuzzy, IndexReader reader)
    {
        var query = new BooleanQuery();
        foreach (var phrase in parsed.Phrases)
        {
            query.Add(AcrossFields(phrase), Occur.MUST);
        }

        var words = parsed.Words;
        for (var i = 0; i < words.Count;)
        {
            var match = synonyms.Match(words, i);
            if (match is not { } found)
            {
                query.Add(Word(words[i], fuzzy), Occur.SHOULD);
                i++;
                continue;
            }

            // One concept, counted once: the best-matching way of saying it scores, the others only break ties.
            var unit = new DisjunctionMaxQuery(TieBreaker);
            foreach (var entry in found.Group)
            {
                var onlyShortFields = entry.Terms.Count > 1 && !entry.Equals(found.Matched)
                    && entry.Terms.Min(t => reader.DocFreq(new Term(SearchFields.Body, t.Term))) > CommonPhraseDocs;
                unit.Add(AcrossFields(entry, BlendedWeights(found.Group, entry, reader), onlyShortFields ? ShortFields : null));
            }

            // "crisis line" as typed should still find a page that says "crisis" and "line" apart.
            for (var k = 0; found.Length > 1 && k < found.Length; k++)
            {
                var part = Word(words[i + k], fuzzy);
                part.Boost *= PartWordWeight;
                unit.Add(part);
            }

            query.Add(unit, Occur.SHOULD);
            i += found.Length;
        }

        return query;
    }

    public static bool CanBeFuzzy(ParsedQuery parsed) => parsed.Words.Any(IsFuzzyCandidate);

    /// <summary>
    /// Field weights for one synonym, scaled so every word of a group scores as if it were as common as the
    /// group's most common word. Without this a rare brand name ("Narcan") in a resource title would outrank
    /// the lesson about the same medicine that says "naloxone", only because fewer pages use the brand.
    /// </summary>
    private static float[] BlendedWeights(IReadOnlyList<PhraseTerms> group, PhraseTerms entry, IndexReader reader)
    {
        var weights = new float[SearchFields.Weighted.Count];
        var numDocs = Math.Max(1, reader.NumDocs);
        for (var f = 0; f < weights.Length; f++)
        {
            var (field, weight) = SearchFields.Weighted[f];
            weights[f] = weight;
            if (entry.Terms.Count != 1)
            {
                continue;
            }

            var own = reader.DocFreq(new Term(field, entry.Terms[0].Term));
            var common = group.Where(e => e.Terms.Count == 1).Max(e => reader.DocFreq(new Term(field, e.Terms[0].Term)));
            if (own > 0 && common > own)
            {
                var ratio = Idf(common, numDocs) / Idf(own, numDocs);
                weights[f] = weight * ratio * ratio;
            }
        }

        return weights;
    }

    // DefaultSimilarity's idf; a term's score grows with its square.
    private static float Idf(int docFreq, int numDocs) => (float)(1 + Math.Log(numDocs / (double)(docFreq + 1)));

    private static Query Word(AnalyzedToken word, bool fuzzy)
    {
        var exact = AcrossFields(new PhraseTerms([(word.Term, 0)]));
        if (!fuzzy || !IsFuzzyCandidate(word))
        {
            return exact;
        }

        var near = NearSpellings(word);
        near.Boost = FuzzyWeight;
        return new BooleanQuery(disableCoord: true) { { exact, Occur.SHOULD }, { near, Occur.SHOULD } };
    }

    /// <summary>The near spellings of one word that typo tolerance searches (also what the snippets mark for it).</summary>
    public static DisjunctionMaxQuery NearSpellings(AnalyzedToken word)
    {
        var maxEdits = word.Term.Length >= 8 ? 2 : 1;
        var near = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (field, weight) in SearchFields.Weighted.Where(f => FuzzyFields.Contains(f.Field)))
        {
            near.Add(new FuzzyQuery(new Term(field, word.Term), maxEdits, prefixLength: 1, maxExpansions: 20, transpositions: true)
            {
                Boost = weight,
            });
        }

        return near;
    }

    /// <summary>Whether a word is long enough, and not a number, for near spellings to be searched.</summary>
    public static bool IsFuzzyCandidate(AnalyzedToken word) =>
        word.Term.Length is >= MinFuzzyLength and <= MaxFuzzyLength && !word.Term.All(char.IsAsciiDigit);

    private static DisjunctionMaxQuery AcrossFields(PhraseTerms terms, float[]? weights = null, string[]? fields = null)
    {
        // Dismax: the best field counts, others only break ties, so a word repeated in five fields does not
        // outrank a lesson that is about it.
        var query = new DisjunctionMaxQuery(TieBreaker);
        for (var f = 0; f < SearchFields.Weighted.Count; f++)
        {
            var field = SearchFields.Weighted[f].Field;
            if (fields is not null && !fields.Contains(field))
            {
                continue;
            }

            Query fieldQuery;
            if (terms.Terms.Count == 1)
            {
                fieldQuery = new TermQuery(new Term(field, terms.Terms[0].Term));
            }
            else
            {
                var phrase = new PhraseQuery();
                foreach (var (term, position) in terms.Terms)
                {
                    phrase.Add(new Term(field, term), position);
                }

                fieldQuery = phrase;
            }

            fieldQuery.Boost = weights?[f] ?? SearchFields.Weighted[f].Weight;
            query.Add(fieldQuery);
        }

        return query;
    }
}
