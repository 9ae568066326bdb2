using FamilyBridge.Search.Indexing;

namespace FamilyBridge.Search.Services;

/// <summary>What searching one language needs: its analysis, its synonym list, and the parts built on them.</summary>
internal sealed class SearchLanguage
{
    public SearchLanguage(SearchAnalyzer analyzer, SynonymGroups synonyms)
    {
        Culture = analyzer.Culture;
        Synonyms = synonyms;
        Parser = new SearchQueryParser(analyzer);
        Builder = new SearchQueryBuilder(synonyms);
        Snippets = new SnippetBuilder(analyzer);
    }

    public string Culture { get; }

    public SynonymGroups Synonyms { get; }

    public SearchQueryParser Parser { get; }

    public SearchQueryBuilder Builder { get; }

    public SnippetBuilder Snippets { get; }
}
