using FamilyBridge.Core.Localization;

[assembly: ModuleText(typeof(FamilyBridge.Media.MediaText))]

namespace FamilyBridge.Media;

/// <summary>The Media module's interface text: Resources/MediaText.resx (English) and Resources/MediaText.es.resx.</summary>
public sealed class MediaText;
