namespace FamilyBridge.Search.Models;

/// <summary>What <c>Views/Search/Index.cshtml</c> renders.</summary>
public sealed record SearchPageViewModel(SearchResults Results, IReadOnlyList<ModuleLink> AllModules);
