namespace FamilyBridge.Learning.Models;

/// <summary>"3 of 5 lessons done".</summary>
public sealed record ModuleProgressSummary(int Done, int Total);
