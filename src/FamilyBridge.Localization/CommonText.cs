namespace FamilyBridge.Localization;

/// <summary>
/// Interface text every module shares: the model binder's messages and the language switcher.
/// Resources/CommonText.resx (English) and Resources/CommonText.es.resx.
/// </summary>
public sealed class CommonText;
