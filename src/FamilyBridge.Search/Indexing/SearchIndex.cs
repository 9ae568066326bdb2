using FamilyBridge.Search.Models;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FamilyBridge.Search.Indexing;

/// <summary>
/// The search index on disk: one Lucene index per language (<see cref="SearchCultures"/>), English in the folder
/// itself and Spanish in its <c>es</c> subfolder, written together under one gate so they always hold the same
/// content change number.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>Bump when fields or analysis change: an index built by an older version is rebuilt at start-up.</summary>
    public const string Version = "3";

    private readonly string _folder;
    private readonly CultureIndex[] _cultures;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private bool _disposed;

    /// <param name="folder">The English index's folder; each other language gets a subfolder named for it.</param>
    /// <param name="analyzer">The English analysis (the other languages' are built in).</param>
    public SearchIndex(string folder, SearchAnalyzer analyzer, ILogger<SearchIndex>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(analyzer);
        _folder = folder;
        ILogger log = logger ?? NullLogger<SearchIndex>.Instance;
        _cultures = [.. SearchCultures.All.Select(culture => culture == SearchCultures.English
            ? new CultureIndex(culture, folder, analyzer, log)
            : new CultureIndex(culture, Path.Combine(folder, culture), new SearchAnalyzer(culture), log))];
    }

    public string Folder => _folder;

    /// <summary>True when any language's folder held no index, an unreadable one, or one built by an older <see cref="Version"/>.</summary>
    public bool NeedsRebuild => _cultures.Any(c =>
    {
        c.EnsureOpen();
        return c.NeedsRebuild;
    });

    /// <summary>
    /// The last content change number (<c>ContentChangeRecord</c>) every language's index has applied, kept in each
    /// index's own commit data so the documents and the number are written together; null when an index never
    /// followed the change numbers (new, or from a release before them).
    /// </summary>
    public long? ChangeNumber
    {
        get
        {
            foreach (var culture in _cultures)
            {
                culture.EnsureOpen();
            }

            // After a crash between two commits the lower number is the truth: applying a change again changes nothing.
            return _cultures.Min(c => c.ChangeNumber) is var number and >= 0 ? number : null;
        }
    }

    /// <summary>Replaces everything in the index with <paramref name="documents"/> in one commit per language.</summary>
    /// <param name="changeNumber">The newest content change the documents include (read before the documents were).</param>
    public async Task ReplaceAllAsync(IEnumerable<SearchDocument> documents, long? changeNumber = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);

        // Built before the writer is touched: a failure while reading content must not leave a half-emptied index.
        var all = documents.ToList();
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            foreach (var culture in _cultures)
            {
                var writer = culture.Writer;
                writer.DeleteAll();
                foreach (var document in all.Where(d => SearchCultures.Of(d.Culture) == culture.Culture))
                {
                    writer.AddDocument(ToLucene(document));
                }

                culture.Commit(Version, changeNumber ?? -1);
                culture.NeedsRebuild = false;
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Adds the item, or replaces the indexed copy of it.</summary>
    public Task UpsertAsync(SearchDocument document, CancellationToken cancellationToken = default) =>
        UpsertManyAsync([document], cancellationToken);

    public Task UpsertManyAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return WriteAsync(documents.Select(d => KeyValuePair.Create(d.ContentItemId, (SearchDocument?)d)).ToList(), null, cancellationToken);
    }

    public Task DeleteAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        WriteAsync([KeyValuePair.Create(contentItemId, (SearchDocument?)null)], null, cancellationToken);

    /// <summary>
    /// Applies caught-up content changes in one commit per language: each id's document replaced, or deleted when it
    /// maps to null, and <see cref="ChangeNumber"/> moved to <paramref name="changeNumber"/>, so a crash keeps both or
    /// neither.
    /// </summary>
    public Task ApplyChangesAsync(IReadOnlyDictionary<string, SearchDocument?> documents, long changeNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return WriteAsync([.. documents], changeNumber, cancellationToken);
    }

    /// <summary>Runs <paramref name="search"/> on the latest committed snapshot of the English index.</summary>
    internal T Search<T>(Func<IndexSearcher, T> search) => Search(SearchCultures.English, search);

    /// <summary>Runs <paramref name="search"/> on the latest committed snapshot of one language's index.</summary>
    internal T Search<T>(string culture, Func<IndexSearcher, T> search) => For(culture).Search(search);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var culture in _cultures)
        {
            culture.Dispose();
        }

        _writeGate.Dispose();
    }

    private CultureIndex For(string culture)
    {
        var name = SearchCultures.Of(culture);
        return _cultures.First(c => c.Culture == name);
    }

    // An item lives in its own language's index only: it is replaced there and removed from the others (its
    // language may have been changed in the editor).
    private async Task WriteAsync(IReadOnlyList<KeyValuePair<string, SearchDocument?>> documents, long? changeNumber, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            foreach (var culture in _cultures)
            {
                var writer = culture.Writer;
                foreach (var (id, document) in documents)
                {
                    if (document is not null && SearchCultures.Of(document.Culture) == culture.Culture)
                    {
                        writer.UpdateDocument(new Term(SearchFields.Id, id), ToLucene(document));
                    }
                    else
                    {
                        writer.DeleteDocuments(new Term(SearchFields.Id, id));
                    }
                }

                culture.Commit(culture.NeedsRebuild ? "0" : Version, changeNumber ?? culture.ChangeNumber);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static Document ToLucene(SearchDocument source)
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, source.ContentItemId, Field.Store.YES),
            new StringField(SearchFields.Type, source.ContentType, Field.Store.YES),
            new SortedDocValuesField(SearchFields.TypeFacet, new BytesRef(source.ContentType)),
            new StoredField(SearchFields.Path, source.Path),
            new StoredField(SearchFields.Order, source.Order),
            new SingleDocValuesField(SearchFields.TypeWeight, TypeWeight(source.ContentType)),
            new TextField(SearchFields.Title, source.Title, Field.Store.YES),
            new TextField(SearchFields.Summary, source.Summary, Field.Store.YES),
            new TextField(SearchFields.Body, source.Body, Field.Store.YES),
            new TextField(SearchFields.Objectives, source.Objectives, Field.Store.NO),
            new TextField(SearchFields.Takeaways, source.Takeaways, Field.Store.NO),
            new TextField(SearchFields.Questions, source.Questions, Field.Store.NO),
            new TextField(SearchFields.Resource, source.Resource, Field.Store.YES),
        };
        if (!string.IsNullOrEmpty(source.ModuleKey))
        {
            var title = source.ModuleTitle ?? source.ModuleKey;
            document.Add(new StringField(SearchFields.ModuleKey, source.ModuleKey, Field.Store.YES));
            document.Add(new TextField(SearchFields.ModuleTitle, title, Field.Store.YES));
            document.Add(new SortedDocValuesField(SearchFields.ModuleFacet, new BytesRef(source.ModuleKey + SearchFields.FacetSeparator + title)));
        }

        return document;
    }

    // A parent searching at 2 a.m. wants the lesson that explains, then the phone number, then the overview.
    private static float TypeWeight(string contentType) => contentType switch
    {
        ContentTypes.Lesson => 1f,
        ContentTypes.Resource => 0.85f,
        ContentTypes.Module => 0.7f,
        _ => 0.5f,
    };
}
