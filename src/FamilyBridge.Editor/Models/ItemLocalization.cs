namespace FamilyBridge.Editor.Models;

/// <summary>An item's <c>LocalizationPart</c>: its set (null before it has one) and its culture.</summary>
public readonly record struct ItemLocalization(string? Set, string Culture);
