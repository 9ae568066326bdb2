using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.Theme.Display;

/// <summary>Reads the curriculum's field conventions (see content-recipes/README.md) for templates.</summary>
public static class ContentFieldExtensions
{
    /// <summary>A text field holding one entry per line (objectives, takeaways, choices), blanks dropped.</summary>
    public static IReadOnlyList<string> GetLines(this ContentItem item, string partName, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = item.GetText(partName, fieldName);
        return string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }

    public static int GetMinutes(this ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (int)(item.GetNumber("Lesson", "EstimatedMinutes") ?? 0);
    }

    /// <summary>A text field's value when it has one, so templates can skip empty fields in one test.</summary>
    public static string? GetNonEmptyText(this ContentItem item, string partName, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = item.GetText(partName, fieldName);
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>
    /// A <c>LinkField</c>'s URL and text, or null when it has no URL or one that could run script
    /// (javascript:, data: …): Razor encodes the attribute, but a browser still follows the scheme.
    /// </summary>
    public static (string Url, string Text)? GetLink(this ContentItem item, string partName, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(item);
        var field = item.GetField(partName, fieldName);
        var url = field?["Url"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(url) || !MarkdownRenderer.IsSafeUrl(url))
        {
            return null;
        }

        var text = field?["Text"]?.GetValue<string>();
        return (url, string.IsNullOrWhiteSpace(text) ? url : text);
    }
}
