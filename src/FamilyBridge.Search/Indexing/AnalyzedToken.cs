namespace FamilyBridge.Search.Indexing;

/// <summary>One analysed word: its stem, position (stop words leave gaps) and where it sat in the text.</summary>
internal readonly record struct AnalyzedToken(string Term, int Position, int StartOffset, int EndOffset);
