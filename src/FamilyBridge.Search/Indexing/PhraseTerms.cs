namespace FamilyBridge.Search.Indexing;

/// <summary>A word or phrase as stems with positions relative to its first word (stop words leave gaps).</summary>
internal sealed record PhraseTerms(IReadOnlyList<(string Term, int Position)> Terms)
{
    public static PhraseTerms From(IReadOnlyList<AnalyzedToken> tokens) =>
        new(tokens.Count == 0 ? [] : [.. tokens.Select(t => (t.Term, t.Position - tokens[0].Position))]);

    public bool Equals(PhraseTerms? other) => other is not null && Terms.SequenceEqual(other.Terms);

    public override int GetHashCode() => Terms.Aggregate(0, (h, t) => HashCode.Combine(h, t.Term, t.Position));

    public override string ToString() => string.Join(' ', Terms.Select(t => t.Term));
}
