using FamilyBridge.Search.Indexing;

namespace FamilyBridge.Search.Services;

/// <summary>A reader's query made safe: free words as analysed tokens, and quoted phrases.</summary>
internal sealed record ParsedQuery(string Text, IReadOnlyList<AnalyzedToken> Words, IReadOnlyList<PhraseTerms> Phrases)
{
    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0;
}
