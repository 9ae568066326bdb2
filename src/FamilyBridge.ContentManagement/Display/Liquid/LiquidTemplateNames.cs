namespace FamilyBridge.ContentManagement.Display.Liquid;

/// <summary>
/// Orchard's template names, most specific first, in both spellings: the file name a theme uses
/// (<c>Content-BlogPost.Summary</c>) and the shape name a <c>Templates</c> step uses (<c>Content_Summary__BlogPost</c>).
/// </summary>
public static class LiquidTemplateNames
{
    /// <summary>Candidates for a content item; <paramref name="stereotype"/> "Widget" gives <c>Widget-{Type}</c> first.</summary>
    public static IReadOnlyList<(string FileName, string ShapeName)> For(string contentType, string displayType, string? stereotype = null)
    {
        ArgumentNullException.ThrowIfNull(contentType);
        var names = new List<(string, string)>();
        if (stereotype == "Widget")
        {
            names.Add(($"Widget-{contentType}", $"Widget__{contentType}"));
        }

        if (displayType != "Detail")
        {
            names.Add(($"Content-{contentType}.{displayType}", $"Content_{displayType}__{contentType}"));
            names.Add(($"Content.{displayType}", $"Content_{displayType}"));
        }

        names.Add(($"Content-{contentType}", $"Content__{contentType}"));
        if (displayType == "Detail")
        {
            names.Add(("Content", "Content"));
        }

        return names;
    }

    /// <summary>
    /// Candidates for a widget inside a bag or flow. Orchard draws an item of the Widget stereotype as a <c>Widget</c>
    /// shape, so only <c>Widget-{Type}</c> names it; without one the widget is drawn as Orchard would without a theme.
    /// </summary>
    public static IReadOnlyList<(string FileName, string ShapeName)> ForWidget(string contentType)
    {
        ArgumentNullException.ThrowIfNull(contentType);
        return [($"Widget-{contentType}", $"Widget__{contentType}")];
    }

    /// <summary>
    /// A template name in either spelling as the shape name a <c>Templates</c> step stores: <c>Content-BlogPost.Summary</c>
    /// gives <c>Content_Summary__BlogPost</c>, <c>Content.Summary</c> gives <c>Content_Summary</c>. Null when the name
    /// holds anything but letters, digits, <c>-</c>, <c>_</c> and <c>.</c>.
    /// </summary>
    public static string? ToShapeName(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 200
            || !trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            || !char.IsAsciiLetter(trimmed[0]))
        {
            return null;
        }

        var dash = trimmed.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return trimmed.Replace('.', '_');
        }

        var prefix = trimmed[..dash].Replace('.', '_');
        var rest = trimmed[(dash + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0
            ? $"{prefix}__{rest.Replace('-', '_')}"
            : $"{prefix}_{rest[(dot + 1)..].Replace('.', '_')}__{rest[..dot].Replace('-', '_')}";
    }
}
