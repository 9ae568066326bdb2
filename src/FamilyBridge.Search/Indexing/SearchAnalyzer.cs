using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace FamilyBridge.Search.Indexing;

/// <summary>
/// One language's analysis, shared by indexing, querying and snippets, so a word is reduced the same way everywhere.
/// English: standard tokens, possessives dropped, lower case, accents folded (a pasted "naïve" still matches),
/// English stop words removed, Porter stems. Spanish: standard tokens, lower case, Spanish stop words removed (the
/// list is written with accents, so before folding), light stems ("medicamentos" and "medicamento" meet), then
/// accents folded, so a reader without a Spanish keyboard who types "medicacion" or "nino" still finds the page.
/// </summary>
public sealed class SearchAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>English, the site's default language.</summary>
    public SearchAnalyzer()
        : this(SearchCultures.English)
    {
    }

    /// <summary>The analysis for <paramref name="culture"/> (a name from <see cref="SearchCultures"/>).</summary>
    public SearchAnalyzer(string culture)
    {
        Culture = SearchCultures.Of(culture);
    }

    /// <summary>The search culture this analyzer reads: <c>en</c> or <c>es</c>.</summary>
    public string Culture { get; }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, source);
        if (Culture == SearchCultures.Spanish)
        {
            stream = new LowerCaseFilter(Version, stream);
            stream = new StopFilter(Version, stream, SpanishAnalyzer.DefaultStopSet);
            stream = new SpanishLightStemFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /// <summary>The analysed tokens of <paramref name="text"/>, with positions (gaps where stop words were) and offsets.</summary>
    internal List<AnalyzedToken> Tokenize(string text, int maxTokens = int.MaxValue)
    {
        var tokens = new List<AnalyzedToken>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        using var stream = GetTokenStream(SearchFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (tokens.Count < maxTokens && stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
