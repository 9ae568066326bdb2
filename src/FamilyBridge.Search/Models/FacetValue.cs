namespace FamilyBridge.Search.Models;

/// <summary>One filter choice (a module or a content type) and how many results it holds.</summary>
public sealed record FacetValue(string Key, string Label, int Count, bool Selected);
