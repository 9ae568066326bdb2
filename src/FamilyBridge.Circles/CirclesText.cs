using FamilyBridge.Core.Localization;

[assembly: ModuleText(typeof(FamilyBridge.Circles.CirclesText))]

namespace FamilyBridge.Circles;

/// <summary>The Circles module's interface and email text: Resources/CirclesText.resx (English) and Resources/CirclesText.es.resx.</summary>
public sealed class CirclesText;
