using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Search.Indexing;
using FamilyBridge.Search.Models;
using FamilyBridge.Search.Services;
using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Search;

/// <summary>
/// A real Lucene index in a temp folder, fed through the same document builder and Markdown renderer the site
/// uses, for tests that need content but not a database.
/// </summary>
internal sealed class IndexedContent : IDisposable
{
    private readonly TempFolder _folder = new("familybridge-search");
    private readonly SearchDocumentBuilder _builder = new(new MarkdownRenderer());

    private IndexedContent()
    {
        var analyzer = new SearchAnalyzer();
        Index = new SearchIndex(_folder.Combine("search"), analyzer);
        Service = new SearchService(Index, analyzer, SynonymGroups.LoadEmbedded(analyzer));
    }

    public SearchIndex Index { get; }

    public SearchService Service { get; }

    public static async Task<IndexedContent> CreateAsync(IEnumerable<ContentItem> items)
    {
        var content = new IndexedContent();
        var all = items.ToList();
        var modules = all.Where(i => i.ContentType == "Module" && i.Published).ToDictionary(i => i.ContentItemId);
        var documents = all
            .Select(i => content._builder.Build(i, ModuleOf(i, modules)))
            .OfType<SearchDocument>();
        await content.Index.ReplaceAllAsync(documents);
        return content;
    }

    public Task<SearchResults> SearchAsync(string? query, string? module = null, string? type = null, int page = 1, string? culture = null) =>
        Service.SearchAsync(new SearchRequest { Query = query, Module = module, Type = type, Page = page, Culture = culture });

    /// <summary>The paths of the results, best first, for a reader of <paramref name="culture"/> (English when null).</summary>
    public async Task<IReadOnlyList<string>> PathsAsync(string query, string? culture = null) =>
        [.. (await SearchAsync(query, culture: culture)).Hits.Select(h => h.Url.TrimStart('/'))];

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }

    private static ContentItem? ModuleOf(ContentItem item, Dictionary<string, ContentItem> modules) =>
        item.GetPart("ContainedPart")?["ListContentItemId"]?.GetValue<string>() is { } id ? modules.GetValueOrDefault(id) : null;
}
