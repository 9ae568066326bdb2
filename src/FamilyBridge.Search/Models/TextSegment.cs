namespace FamilyBridge.Search.Models;

/// <summary>A run of plain text; <see cref="IsMatch"/> runs are the searched words, shown marked.</summary>
public sealed record TextSegment(string Text, bool IsMatch);
