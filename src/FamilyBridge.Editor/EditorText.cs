using FamilyBridge.Core.Localization;

[assembly: ModuleText(typeof(FamilyBridge.Editor.EditorText))]

namespace FamilyBridge.Editor;

/// <summary>The Editor's interface text: Resources/EditorText.resx (English) and Resources/EditorText.es.resx.</summary>
public sealed class EditorText;
