using FamilyBridge.Core.Localization;

[assembly: ModuleText(typeof(FamilyBridge.Search.SearchText))]

namespace FamilyBridge.Search;

/// <summary>
/// The Search module's interface text: Resources/SearchText.resx (English) and Resources/SearchText.es.resx. The
/// results page lives in the theme (Views/Search/Index.cshtml) but its words are the module's, so they live here.
/// </summary>
public sealed class SearchText;
