namespace FamilyBridge.Search.Models;

/// <summary>What <c>Views/Search/Index.cshtml</c> renders.</summary>
public sealed record SearchPageViewModel(SearchResults Results, IReadOnlyList<ModuleLink> AllModules)
{
    /// <summary>The chosen type in words ("Resources"), or "All types".</summary>
    public string TypeLabel => Results.Type is { } type ? PluralOf(type) : "All types";

    /// <summary>The chosen module's title, or "All modules".</summary>
    public string ModuleLabel => Results.Module is null
        ? "All modules"
        : Results.Modules.FirstOrDefault(m => m.Selected)?.Label ?? Results.Module;

    /// <summary>What the collapsed filter list shows on its summary line, so nothing chosen is hidden.</summary>
    public string FilterSummary => $"{TypeLabel} · {ModuleLabel}";

    public static string PluralOf(string contentType) => contentType switch
    {
        ContentTypes.Lesson => "Lessons",
        ContentTypes.Module => "Modules",
        ContentTypes.Resource => "Resources",
        ContentTypes.Page => "Pages",
        _ => contentType,
    };
}
