namespace FamilyBridge.Search.Models;

/// <summary>
/// Text split into plain and matched runs. Kept as data rather than HTML so the view encodes every run and
/// adds the <c>&lt;mark&gt;</c> itself: content never reaches the page unencoded.
/// </summary>
public sealed class HighlightedText
{
    public HighlightedText(IReadOnlyList<TextSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        Segments = segments;
    }

    public static HighlightedText Empty { get; } = new([]);

    public IReadOnlyList<TextSegment> Segments { get; }

    public bool HasMatch => Segments.Any(s => s.IsMatch);

    public override string ToString() => string.Concat(Segments.Select(s => s.Text));
}
