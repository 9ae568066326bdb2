using AngleSharp.Dom;

namespace FamilyBridge.Tests.Security;

/// <summary>
/// What "no script runs" means for a parsed document or fragment: no script elements, no event-handler attributes,
/// no URL a browser would run (javascript:, vbscript:, data:), no srcdoc, no embedded documents or base/refresh tricks.
/// URLs are read as the browser reads them: entities decoded by the parser, tabs, newlines and spaces dropped.
/// </summary>
public static class ScriptFreeHtml
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset", "ping"];

    private static readonly string[] RunnableSchemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>Asserts a whole page is free of script an editor could have planted.</summary>
    public static void AssertPage(IDocument document, string where)
    {
        ArgumentNullException.ThrowIfNull(document);
        // The site's own script files (the editor's optional live preview) are allowed; anything inline is not.
        var planted = document.QuerySelectorAll("script, iframe, frame, object, embed, applet, base, meta[http-equiv]")
            .Where(e => !(e.LocalName == "script" && (IsSiteScript(e) || IsJsonLdData(e))))
            .ToList();
        Assert.True(planted.Count == 0, $"{where}: found {string.Join(", ", planted.Select(e => e.OuterHtml))}");
        foreach (var element in document.All)
        {
            AssertElement(element, where);
        }
    }

    /// <summary>Asserts sanitized editor HTML holds only harmless markup: stricter than a page, which has its own forms.</summary>
    public static void AssertFragment(IDocument document, string where)
    {
        ArgumentNullException.ThrowIfNull(document);
        var body = document.Body ?? throw new InvalidOperationException("No body.");
        var forbidden = body.QuerySelectorAll("script, iframe, frame, object, embed, applet, base, meta, link, style, svg, math, form, input, button, textarea, select");
        Assert.True(forbidden.Length == 0, $"{where}: found {string.Join(", ", forbidden.Select(e => e.OuterHtml))}");
        foreach (var element in body.QuerySelectorAll("*"))
        {
            AssertElement(element, where);
            Assert.False(element.HasAttribute("style"), $"{where}: style attribute on {element.OuterHtml}");
        }
    }

    /// <summary>True when a browser would run the URL as script or load it as a document.</summary>
    public static bool IsRunnable(string? url)
    {
        if (url is null)
        {
            return false;
        }

        var cleaned = new string([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant();
        return RunnableSchemes.Any(s => cleaned.StartsWith(s, StringComparison.Ordinal));
    }

    private static bool IsSiteScript(IElement script) =>
        script.GetAttribute("src") is { } src
        && src.StartsWith("/_content/", StringComparison.Ordinal)
        && string.IsNullOrWhiteSpace(script.TextContent);

    /// <summary>
    /// A JSON-LD data block is never run by a browser; it is allowed when it has no src, parses as JSON, and holds no
    /// "&lt;" at all (so no text inside it can close the element and open a real script).
    /// </summary>
    private static bool IsJsonLdData(IElement script)
    {
        if (script.GetAttribute("type") != "application/ld+json" || script.HasAttribute("src") || script.TextContent.Contains('<', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static void AssertElement(IElement element, string where)
    {
        foreach (var attribute in element.Attributes)
        {
            Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{where}: event attribute on {element.OuterHtml}");
            Assert.False(attribute.Name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase), $"{where}: srcdoc on {element.OuterHtml}");
            if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
            {
                // An img src of data: is fine for our own CSS-free pages only when the site wrote it; editors' content never carries one.
                Assert.False(IsRunnable(attribute.Value), $"{where}: runnable URL in {element.OuterHtml}");
            }
        }
    }
}
