using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace FamilyBridge.Search.Indexing;

/// <summary>
/// One language's Lucene index in its own folder: one <see cref="IndexWriter"/> (Lucene allows one per folder) and a
/// <see cref="SearcherManager"/> so requests search a consistent snapshot while publishes commit. Kept apart per
/// language so each scores with its own word counts: Spanish pages never change how an English page ranks.
/// </summary>
internal sealed class CultureIndex(string culture, string folder, SearchAnalyzer analyzer, ILogger logger) : IDisposable
{
    private const string VersionKey = "familybridge.search.version";
    private const string ChangeKey = "familybridge.search.change";

    private readonly System.Threading.Lock _openGate = new();
    private LuceneDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;
    private long _changeNumber = -1; // -1: none; a long so readers never see half of a write
    private bool _disposed;

    public string Culture => culture;

    public string Folder => folder;

    public SearchAnalyzer Analyzer => analyzer;

    /// <summary>True when the folder held no index, an unreadable one, or one built by another version.</summary>
    public bool NeedsRebuild { get; set; }

    /// <summary>The last content change number applied, or -1.</summary>
    public long ChangeNumber => Interlocked.Read(ref _changeNumber);

    public IndexWriter Writer => EnsureOpen();

    /// <summary>Opens the folder, and notes whether this release can trust its index.</summary>
    public IndexWriter EnsureOpen()
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

            System.IO.Directory.CreateDirectory(folder);
            _directory = FSDirectory.Open(new DirectoryInfo(folder));
            var existed = DirectoryReader.IndexExists(_directory);
            IndexWriter writer;
            try
            {
                writer = new IndexWriter(_directory, NewConfig(OpenMode.CREATE_OR_APPEND));
            }
            catch (Exception ex) when (ex is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException)
            {
                // The index is only a copy of the database: start afresh rather than keep search down.
                logger.LogWarning(ex, "The search index in {Folder} is unreadable; it will be rebuilt.", folder);
                writer = new IndexWriter(_directory, NewConfig(OpenMode.CREATE));
                existed = false;
            }

            writer.CommitData.TryGetValue(VersionKey, out var stored);
            _changeNumber = writer.CommitData.TryGetValue(ChangeKey, out var change) && long.TryParse(change, out var number) ? number : -1;
            NeedsRebuild = !existed || stored != SearchIndex.Version;
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

    /// <summary>Commits with the version and change number, then lets new searches see the commit.</summary>
    public void Commit(string version, long changeNumber)
    {
        var writer = EnsureOpen();
        Interlocked.Exchange(ref _changeNumber, changeNumber);
        var data = new Dictionary<string, string> { [VersionKey] = version };
        if (changeNumber >= 0)
        {
            data[ChangeKey] = changeNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        writer.SetCommitData(data);
        writer.Commit();
        _searchers!.MaybeRefreshBlocking();
    }

    public T Search<T>(Func<IndexSearcher, T> search)
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
        }
    }

    private IndexWriterConfig NewConfig(OpenMode mode) => new(SearchAnalyzer.Version, analyzer) { OpenMode = mode };
}
