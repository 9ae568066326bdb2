namespace FamilyBridge.Editor.Models;

/// <summary>The editor's Translations panel for one item.</summary>
public sealed record TranslationsPanel(
    string ContentItemId,
    string Language,
    IReadOnlyList<TranslationLink> Twins,
    IReadOnlyList<TranslationTarget> Missing);
