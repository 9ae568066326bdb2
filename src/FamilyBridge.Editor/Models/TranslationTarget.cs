namespace FamilyBridge.Editor.Models;

/// <summary>A culture the item has no translation in yet, offered by the "Create the … translation" button.</summary>
public sealed record TranslationTarget(string Culture, string Language);
