namespace FamilyBridge.Search.Models;

/// <summary>What <c>Views/Search/Index.cshtml</c> renders. Words are the view's (in the reader's language); this holds data.</summary>
public sealed record SearchPageViewModel(SearchResults Results, IReadOnlyList<ModuleLink> AllModules)
{
    /// <summary>The chosen module's title (its key when it holds no results), or null when every module is searched.</summary>
    public string? SelectedModuleTitle => Results.Module is null
        ? null
        : Results.Modules.FirstOrDefault(m => m.Selected)?.Label ?? Results.Module;
}
