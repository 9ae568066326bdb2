namespace FamilyBridge.Search.Models;

/// <summary>A published module, for the "browse the lessons" list when nothing is found.</summary>
public sealed record ModuleLink(string Key, string Title, string Url);
