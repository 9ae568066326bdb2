using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace FamilyBridge.Search.Services;

/// <summary>
/// Counts hits per value of one doc-values field (content type, or module). Lucene.Net.Facet is not on our
/// registry; per-segment ordinals make this a few array increments per hit.
/// </summary>
internal sealed class FacetCollector(string field) : ICollector
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private SortedDocValues? _values;
    private int[] _segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Counts by value, complete once the search has returned.</summary>
    public IReadOnlyDictionary<string, int> Counts
    {
        get
        {
            FlushSegment();
            return _counts;
        }
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _values = context.AtomicReader.GetSortedDocValues(field);
        _segmentCounts = _values is null ? [] : new int[_values.ValueCount];
    }

    public void Collect(int doc)
    {
        if (_values is null)
        {
            return;
        }

        var ord = _values.GetOrd(doc);
        if (ord >= 0)
        {
            _segmentCounts[ord]++;
        }
    }

    private void FlushSegment()
    {
        if (_values is null)
        {
            return;
        }

        var scratch = new BytesRef();
        for (var ord = 0; ord < _segmentCounts.Length; ord++)
        {
            if (_segmentCounts[ord] == 0)
            {
                continue;
            }

            _values.LookupOrd(ord, scratch);
            var key = scratch.Utf8ToString();
            _counts[key] = _counts.GetValueOrDefault(key) + _segmentCounts[ord];
        }

        _values = null;
        _segmentCounts = [];
    }
}
