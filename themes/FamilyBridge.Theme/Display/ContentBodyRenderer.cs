using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace FamilyBridge.Theme.Display;

/// <summary>
/// The one place where an item's body parts become HTML for a reader's page. Every content template calls
/// <see cref="RenderBody"/> rather than reading a body part itself, so a new body part (HtmlBodyPart, a BagPart's
/// items, a Liquid body) is added here once and every template and every cached page picks it up.
/// </summary>
public sealed class ContentBodyRenderer(IMarkdownRenderer markdown) : IDisposable
{
    /// <summary>Characters of rendered HTML kept; the whole curriculum is a small fraction of this.</summary>
    private const long CachedCharacters = 4 * 1024 * 1024;

    // Markdown → sanitised HTML parses the HTML again to sanitise it, the dearest step of a signed-in page (which
    // the output cache cannot serve). The key is the source text itself, so an edit can never show stale HTML.
    private readonly MemoryCache _rendered = new(new MemoryCacheOptions { SizeLimit = CachedCharacters });

    /// <summary>The item's body as sanitised HTML; empty when it has none.</summary>
    public IHtmlContent RenderBody(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var source = item.GetPart("MarkdownBodyPart")?["Markdown"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(source))
        {
            return HtmlString.Empty;
        }

        if (!_rendered.TryGetValue(source, out HtmlString? html) || html is null)
        {
            html = new HtmlString(markdown.ToSafeHtml(source));
            _rendered.Set(source, html, new MemoryCacheEntryOptions { Size = source.Length + html.Value!.Length });
        }

        return html;
    }

    public void Dispose() => _rendered.Dispose();
}
