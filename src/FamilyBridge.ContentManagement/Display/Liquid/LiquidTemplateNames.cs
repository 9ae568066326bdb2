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
}
