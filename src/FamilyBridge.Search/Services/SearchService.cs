using FamilyBridge.Search.Indexing;
using FamilyBridge.Search.Models;
using Lucene.Net.Index;
using Lucene.Net.Queries.Function;
using Lucene.Net.Queries.Function.ValueSources;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FamilyBridge.Search.Services;

public sealed class SearchService : ISearchService
{
    /// <summary>Below this many exact hits, near spellings are searched too.</summary>
    internal const int FewResults = 3;

    private const int MaxPage = 1000;
    private const int MaxPageSize = 50;
    private const int MaxFilterLength = 200;

    private readonly SearchIndex _index;
    private readonly Dictionary<string, SearchLanguage> _languages;
    private readonly ILogger _logger;

    /// <param name="analyzer">English analysis; <paramref name="synonyms"/> the English list. Spanish brings its own.</param>
    public SearchService(SearchIndex index, SearchAnalyzer analyzer, SynonymGroups synonyms, ILogger<SearchService>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(analyzer);
        _index = index;
        var spanish = new SearchAnalyzer(SearchCultures.Spanish);
        _languages = new Dictionary<string, SearchLanguage>(StringComparer.Ordinal)
        {
            [SearchCultures.English] = new(analyzer, synonyms),
            [SearchCultures.Spanish] = new(spanish, SynonymGroups.LoadEmbedded(spanish)),
        };
        _logger = logger ?? NullLogger<SearchService>.Instance;
    }

    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(Search(request));
    }

    public Task<IReadOnlyList<ModuleLink>> GetModulesAsync(string? culture = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(GetModules(culture));

    internal SearchResults Search(SearchRequest request)
    {
        var language = _languages[SearchCultures.Of(request.Culture)];
        var parsed = language.Parser.Parse(request.Query);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Clamp(request.Page, 1, MaxPage);
        var type = ContentTypes.Searchable.FirstOrDefault(t => string.Equals(t, request.Type?.Trim(), StringComparison.OrdinalIgnoreCase));
        var module = string.IsNullOrWhiteSpace(request.Module) || request.Module.Length > MaxFilterLength ? null : request.Module.Trim();
        var empty = new SearchResults { Query = parsed.Text, Total = 0, Page = 1, PageSize = pageSize, Hits = [], Module = module, Type = type };
        if (parsed.IsEmpty)
        {
            return empty;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return _index.Search(language.Culture, searcher => Run(searcher, language, parsed, module, type, page, pageSize));
        }
        catch (Exception ex) when (ex is BooleanQuery.TooManyClausesException or ArgumentException or InvalidOperationException)
        {
            // Never an error page for what someone typed: log it and answer "no results".
            _logger.LogWarning(ex, "Search for {Query} failed.", parsed.Text);
            return empty;
        }
        finally
        {
            SearchMetrics.Duration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    internal IReadOnlyList<ModuleLink> GetModules(string? culture = null) => _index.Search(SearchCultures.Of(culture), searcher =>
    {
        var top = searcher.Search(new TermQuery(new Term(SearchFields.Type, ContentTypes.Module)), 500);
        return (IReadOnlyList<ModuleLink>)[.. top.ScoreDocs
            .Select(d => searcher.Doc(d.Doc))
            .OrderBy(d => d.GetField(SearchFields.Order)?.GetInt32Value() ?? 0)
            .ThenBy(d => d.Get(SearchFields.Title), StringComparer.CurrentCultureIgnoreCase)
            .Select(d => new ModuleLink(d.Get(SearchFields.Path), d.Get(SearchFields.Title), "/" + d.Get(SearchFields.Path)))];
    });

    private SearchResults Run(IndexSearcher searcher, SearchLanguage language, ParsedQuery parsed, string? module, string? type, int page, int pageSize)
    {
        var query = language.Builder.Build(parsed, fuzzy: false, searcher.IndexReader);
        var outcome = Collect(searcher, query, module, type, page * pageSize);
        var usedFuzzy = false;
        if (outcome.Top.TotalHits < FewResults && SearchQueryBuilder.CanBeFuzzy(parsed))
        {
            var fuzzyQuery = language.Builder.Build(parsed, fuzzy: true, searcher.IndexReader);
            var fuzzy = Collect(searcher, fuzzyQuery, module, type, page * pageSize);
            if (fuzzy.Top.TotalHits > outcome.Top.TotalHits)
            {
                (query, outcome, usedFuzzy) = (fuzzyQuery, fuzzy, true);
            }
        }

        var total = outcome.Top.TotalHits;
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        if (page > pageCount)
        {
            page = pageCount;
            outcome = Collect(searcher, query, module, type, page * pageSize);
        }

        var terms = MatchedTerms(searcher, language, parsed, usedFuzzy);
        var hits = outcome.Top.GetTopDocs((page - 1) * pageSize, pageSize).ScoreDocs
            .Select(d => ToHit(searcher, language.Snippets, d, terms))
            .ToList();
        return new SearchResults
        {
            Query = parsed.Text,
            Total = total,
            Page = page,
            PageSize = pageSize,
            Hits = hits,
            Module = module,
            Type = type,
            Modules = ModuleFacets(outcome.Modules, module),
            Types = TypeFacets(outcome.Types, type),
            UsedTypoTolerance = usedFuzzy,
        };
    }

    /// <summary>
    /// The page's hits, plus counts per module (with the type filter applied) and per type (with the module
    /// filter applied), so each filter link says how many results choosing it would show.
    /// </summary>
    private static (TopDocsCollector<ScoreDoc> Top, IReadOnlyDictionary<string, int> Modules, IReadOnlyDictionary<string, int> Types) Collect(
        IndexSearcher searcher, Query query, string? module, string? type, int count)
    {
        var ranked = new BoostedQuery(query, new SingleFieldSource(SearchFields.TypeWeight));
        var top = TopScoreDocCollector.Create(count, true);
        var modules = new FacetCollector(SearchFields.ModuleFacet);
        var types = new FacetCollector(SearchFields.TypeFacet);
        searcher.Search(ranked, Filter(module, type), MultiCollector.Wrap(
            top, module is null ? modules : null, type is null ? types : null));
        if (module is not null)
        {
            searcher.Search(query, Filter(null, type), modules);
        }

        if (type is not null)
        {
            searcher.Search(query, Filter(module, null), types);
        }

        return (top, modules.Counts, types.Counts);
    }

    private static QueryWrapperFilter? Filter(string? module, string? type)
    {
        if (module is null && type is null)
        {
            return null;
        }

        var filter = new BooleanQuery();
        if (module is not null)
        {
            filter.Add(new TermQuery(new Term(SearchFields.ModuleKey, module)), Occur.MUST);
        }

        if (type is not null)
        {
            filter.Add(new TermQuery(new Term(SearchFields.Type, type)), Occur.MUST);
        }

        return new QueryWrapperFilter(filter);
    }

    /// <summary>
    /// What the snippets mark: the query's own words, phrases and synonyms. Near spellings only when typo tolerance
    /// found the results, and only for a typed word the index does not hold (a word it holds was not misspelt).
    /// </summary>
    private HighlightTerms MatchedTerms(IndexSearcher searcher, SearchLanguage language, ParsedQuery parsed, bool usedFuzzy)
    {
        if (!usedFuzzy)
        {
            return HighlightTerms.For(parsed, language.Synonyms);
        }

        var near = new HashSet<Term>();
        foreach (var word in parsed.Words.Where(SearchQueryBuilder.IsFuzzyCandidate))
        {
            if (SearchFields.Weighted.Any(f => searcher.IndexReader.DocFreq(new Term(f.Field, word.Term)) > 0))
            {
                continue;
            }

            try
            {
                searcher.Rewrite(SearchQueryBuilder.NearSpellings(word)).ExtractTerms(near);
            }
            catch (NotSupportedException ex)
            {
                _logger.LogDebug(ex, "Could not list the near spellings; marking the typed words only.");
            }
        }

        return HighlightTerms.For(parsed, language.Synonyms, near.Select(t => t.Text));
    }

    private static SearchHit ToHit(IndexSearcher searcher, SnippetBuilder snippets, ScoreDoc scoreDoc, HighlightTerms terms)
    {
        var doc = searcher.Doc(scoreDoc.Doc);
        var best = (Text: HighlightedText.Empty, Matches: -1);
        foreach (var field in (string[])[SearchFields.Summary, SearchFields.Body, SearchFields.Resource])
        {
            var candidate = snippets.Build(doc.Get(field), terms);
            if (candidate.Matches > best.Matches && candidate.Text.Segments.Count > 0)
            {
                best = candidate;
            }
        }

        var path = doc.Get(SearchFields.Path) ?? "";
        var type = doc.Get(SearchFields.Type);
        return new SearchHit
        {
            ContentItemId = doc.Get(SearchFields.Id),
            ContentType = type,
            Title = snippets.MarkAll(doc.Get(SearchFields.Title), terms),
            Url = "/" + path,
            ModuleKey = doc.Get(SearchFields.ModuleKey),

            // A module is its own module: saying so again under its title would only be noise.
            ModuleTitle = type == ContentTypes.Module ? null : doc.Get(SearchFields.ModuleTitle),
            Snippet = best.Text,
            Score = scoreDoc.Score,
        };
    }

    private static List<FacetValue> ModuleFacets(IReadOnlyDictionary<string, int> counts, string? selected)
    {
        var facets = counts
            .Select(c => (Parts: c.Key.Split(SearchFields.FacetSeparator, 2), Count: c.Value))
            .Select(c => new FacetValue(c.Parts[0], c.Parts.Length > 1 ? c.Parts[1] : c.Parts[0], c.Count, c.Parts[0] == selected))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Label, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        if (selected is not null && !facets.Any(f => f.Selected))
        {
            // Keep a chosen filter visible even when it holds nothing, so the reader can see and clear it.
            facets.Insert(0, new FacetValue(selected, selected, 0, true));
        }

        return facets;
    }

    private static List<FacetValue> TypeFacets(IReadOnlyDictionary<string, int> counts, string? selected) =>
        [.. ContentTypes.Searchable
            .Where(t => counts.ContainsKey(t) || t == selected)
            .Select(t => new FacetValue(t, t, counts.GetValueOrDefault(t), t == selected))];
}
