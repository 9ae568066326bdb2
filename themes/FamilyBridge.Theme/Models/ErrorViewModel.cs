namespace FamilyBridge.Theme.Models;

/// <summary>A themed error page. Never carries exception details: readers see calm words, logs keep the rest.</summary>
public sealed record ErrorViewModel(int StatusCode);
