namespace FamilyBridge.Theme.Models;

/// <summary>The resource directory at /resources, grouped by kind, most urgent kinds first.</summary>
public sealed record ResourceDirectoryViewModel(IReadOnlyList<ResourceGroup> Groups);
