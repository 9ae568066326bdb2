namespace FamilyBridge.Editor.Models;

/// <summary>One twin of an item in the Translations panel: its culture and language, title and whether readers see it.</summary>
public sealed record TranslationLink(string ContentItemId, string Title, string Culture, string Language, bool Published);
