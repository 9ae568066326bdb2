using FamilyBridge.Core.Localization;

[assembly: ModuleText(typeof(FamilyBridge.Theme.ThemeText))]

namespace FamilyBridge.Theme;

/// <summary>The theme's interface text: Resources/ThemeText.resx (English) and Resources/ThemeText.es.resx.</summary>
public sealed class ThemeText;
