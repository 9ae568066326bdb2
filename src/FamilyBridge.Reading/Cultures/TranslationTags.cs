using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.Reading.Cultures;

/// <summary>
/// An item's page names its translations (switcher, hreflang), so it is tagged with its LocalizationSet: a twin
/// published, unpublished or changed later evicts it, and the English page starts offering the new Spanish one.
/// </summary>
public static class TranslationTags
{
    public static string SetTag(string localizationSet) => "translations:" + localizationSet;

    public static string? Of(ContentItem item) => LocalizationPart.Of(item) is { } part ? SetTag(part.LocalizationSet) : null;
}
