using FamilyBridge.Core.Localization;

[assembly: ModuleText(typeof(FamilyBridge.Learning.LearningText))]

namespace FamilyBridge.Learning;

/// <summary>Learning's interface text (the reader's /me page): Resources/LearningText.resx and LearningText.es.resx.</summary>
public sealed class LearningText;
