namespace FamilyBridge.Theme.Models;

/// <summary>"3 of 5 lessons done" on a module page, for a signed-in reader.</summary>
public sealed record ReaderModuleProgress(int Done, int Total);
