namespace FamilyBridge.Editor.Models;

/// <summary>A run of text inside a changed line, and whether it stayed, was added or was removed.</summary>
public sealed record DiffWord(DiffWordKind Kind, string Text);
