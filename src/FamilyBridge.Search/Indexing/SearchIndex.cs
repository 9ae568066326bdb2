using FamilyBridge.Search.Models;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace FamilyBridge.Search.Indexing;

/// <summary>
/// The Lucene index on disk: one <see cref="IndexWriter"/> for the process (Lucene allows one per folder) and a
/// <see cref="SearcherManager"/> so requests search a consistent snapshot while publishes commit.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>Bump when fields or analysis change: an index built by an older version is rebuilt at start-up.</summary>
    public const string Version = "2";

    private const string VersionKey = "familybridge.search.version";
    private const string ChangeKey = "familybridge.search.change";

    private readonly string _folder;
    private readonly SearchAnalyzer _analyzer;
    private readonly ILogger _logger;
    private readonly System.Threading.Lock _openGate = new();
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private LuceneDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;
    private bool _needsRebuild;
    private long _changeNumber = -1; // -1: none; a long so readers never see half of a write
    private bool _disposed;

    public SearchIndex(string folder, SearchAnalyzer analyzer, ILogger<SearchIndex>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(analyzer);
        _folder = folder;
        _analyzer = analyzer;
        _logger = logger ?? NullLogger<SearchIndex>.Instance;
    }

    public string Folder => _folder;

    /// <summary>True when the folder held no index, an unreadable one, or one built by an older <see cref="Version"/>.</summary>
    public bool NeedsRebuild
    {
        get
        {
            EnsureOpen();
            return _needsRebuild;
        }
    }

    /// <summary>
    /// The last content change number (<c>ContentChangeRecord</c>) this index has applied, kept in the index's own
    /// commit data so the documents and the number are written together; null when the index never followed the
    /// change numbers (new, or from a release before them).
    /// </summary>
    public long? ChangeNumber
    {
        get
        {
            EnsureOpen();
            return Interlocked.Read(ref _changeNumber) is var number and >= 0 ? number : null;
        }
    }

    /// <summary>Replaces everything in the index with <paramref name="documents"/> in one commit.</summary>
    /// <param name="changeNumber">The newest content change the documents include (read before the documents were).</param>
    public async Task ReplaceAllAsync(IEnumerable<SearchDocument> documents, long? changeNumber = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);

        // Built before the writer is touched: a failure while reading content must not leave a half-emptied index.
        var all = documents.ToList();
        var writer = EnsureOpen();
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            writer.DeleteAll();
            foreach (var document in all)
            {
                writer.AddDocument(ToLucene(document));
            }

            Interlocked.Exchange(ref _changeNumber, changeNumber ?? -1);
            CommitAndRefresh(writer, Version);
            _needsRebuild = false;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Adds the item, or replaces the indexed copy of it.</summary>
    public Task UpsertAsync(SearchDocument document, CancellationToken cancellationToken = default) =>
        UpsertManyAsync([document], cancellationToken);

    public async Task UpsertManyAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var writer = EnsureOpen();
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            foreach (var document in documents)
            {
                writer.UpdateDocument(new Term(SearchFields.Id, document.ContentItemId), ToLucene(document));
            }

            CommitAndRefresh(writer, _needsRebuild ? "0" : Version);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task DeleteAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var writer = EnsureOpen();
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            writer.DeleteDocuments(new Term(SearchFields.Id, contentItemId));
            CommitAndRefresh(writer, _needsRebuild ? "0" : Version);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// Applies caught-up content changes in one commit: each id's document replaced, or deleted when it maps to null,
    /// and <see cref="ChangeNumber"/> moved to <paramref name="changeNumber"/>, so a crash keeps both or neither.
    /// </summary>
    public async Task ApplyChangesAsync(IReadOnlyDictionary<string, SearchDocument?> documents, long changeNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var writer = EnsureOpen();
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            foreach (var (id, document) in documents)
            {
                if (document is null)
                {
                    writer.DeleteDocuments(new Term(SearchFields.Id, id));
                }
                else
                {
                    writer.UpdateDocument(new Term(SearchFields.Id, id), ToLucene(document));
                }
            }

            Interlocked.Exchange(ref _changeNumber, changeNumber);
            CommitAndRefresh(writer, _needsRebuild ? "0" : Version);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Runs <paramref name="search"/> on the latest committed snapshot.</summary>
    internal T Search<T>(Func<IndexSearcher, T> search)
    {
        EnsureOpen();
        var searchers = _searchers!;
        var searcher = searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        lock (_openGate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _searchers?.Dispose();
            _writer?.Dispose();
            _directory?.Dispose();
            _writeGate.Dispose();
        }
    }

    private IndexWriter EnsureOpen()
    {
        if (_writer is { } open)
        {
            return open;
        }

        lock (_openGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_writer is not null)
            {
                return _writer;
            }

            System.IO.Directory.CreateDirectory(_folder);
            _directory = FSDirectory.Open(new DirectoryInfo(_folder));
            var existed = DirectoryReader.IndexExists(_directory);
            IndexWriter writer;
            try
            {
                writer = new IndexWriter(_directory, NewConfig(OpenMode.CREATE_OR_APPEND));
            }
            catch (Exception ex) when (ex is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException)
            {
                // The index is only a copy of the database: start afresh rather than keep search down.
                _logger.LogWarning(ex, "The search index in {Folder} is unreadable; it will be rebuilt.", _folder);
                writer = new IndexWriter(_directory, NewConfig(OpenMode.CREATE));
                existed = false;
            }

            writer.CommitData.TryGetValue(VersionKey, out var version);
            _changeNumber = writer.CommitData.TryGetValue(ChangeKey, out var change) && long.TryParse(change, out var number) ? number : -1;
            _needsRebuild = !existed || version != Version;
            if (!existed)
            {
                // A searcher needs a commit to open on.
                writer.SetCommitData(new Dictionary<string, string> { [VersionKey] = "0" });
                writer.Commit();
            }

            _searchers = new SearcherManager(writer, true, null);
            _writer = writer;
            return writer;
        }
    }

    private IndexWriterConfig NewConfig(OpenMode mode) => new(SearchAnalyzer.Version, _analyzer) { OpenMode = mode };

    private void CommitAndRefresh(IndexWriter writer, string version)
    {
        var data = new Dictionary<string, string> { [VersionKey] = version };
        if (Interlocked.Read(ref _changeNumber) is var number and >= 0)
        {
            data[ChangeKey] = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        writer.SetCommitData(data);
        writer.Commit();
        _searchers!.MaybeRefreshBlocking();
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
