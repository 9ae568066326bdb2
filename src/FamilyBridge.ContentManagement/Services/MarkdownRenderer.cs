using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;

namespace FamilyBridge.ContentManagement.Services;

/// <summary>
/// One Markdig pipeline and one sanitizer for the whole site (both are safe to share once configured).
/// Raw HTML in Markdown is disabled, and the output is sanitized anyway: lessons come from recipes and editors,
/// and a mistake there must never become script on a reader's page.
/// </summary>
public sealed class MarkdownRenderer : IMarkdownRenderer
{
    /// <summary>The URL schemes a link or image in editor-written content may use; anything else could run script.</summary>
    public static readonly IReadOnlyList<string> AllowedSchemes = ["http", "https", "mailto", "tel"];

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer;

    public MarkdownRenderer()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in AllowedSchemes)
        {
            _sanitizer.AllowedSchemes.Add(scheme);
        }

        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.AllowedAttributes.Add("id");
        _sanitizer.AllowedAttributes.Add("class");
        _sanitizer.AllowedAttributes.Add("rel");
        _sanitizer.AllowedTags.Remove("svg");
        _sanitizer.AllowedTags.Remove("iframe");
        _sanitizer.AllowedTags.Remove("form");
        _sanitizer.AllowedTags.Remove("input");
        _sanitizer.AllowedTags.Remove("button");
        _sanitizer.AllowedTags.Remove("textarea");
        _sanitizer.AllowedTags.Remove("select");
        _sanitizer.AllowedTags.Remove("style");
        _sanitizer.AllowedAtRules.Clear();
        _sanitizer.AllowedCssProperties.Clear();
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { TagName: "A" } link && IsExternal(link.GetAttribute("href")))
            {
                // Keeps the opened site from reaching back through window.opener or learning where the reader came from.
                link.SetAttribute("rel", "noopener noreferrer");
            }
        };
    }

    public string ToSafeHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : _sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    public string SanitizeHtml(string? html) =>
        string.IsNullOrWhiteSpace(html) ? "" : _sanitizer.Sanitize(html);

    public string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, Pipeline).Trim();

    /// <summary>
    /// True for a URL that is safe in an <c>href</c> written from a plain field (a LinkField): site-relative, or
    /// with an allowed scheme. Browsers drop tabs and newlines inside a scheme and spaces around it, so this does too
    /// before it looks ("java\tscript:" is still javascript:).
    /// </summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var cleaned = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var end = cleaned.IndexOfAny(['/', '?', '#']);
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || (end >= 0 && end < colon))
        {
            return true;
        }

        var scheme = cleaned[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsExternal(string? href) =>
        href is not null
        && (href.StartsWith("//", StringComparison.Ordinal)
            || (Uri.TryCreate(href, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)));
}
