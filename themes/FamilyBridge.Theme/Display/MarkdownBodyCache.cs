using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace FamilyBridge.Theme.Display;

/// <summary>
/// The Markdown body of the theme's own types (module, lesson) as sanitised HTML, kept in memory. Every other
/// type is drawn as Orchard would draw it by <c>IContentBodyRenderer</c> (HTML, Markdown, bag and flow items,
/// terms) into <c>ContentShape.BodyHtml</c>; <c>Content.cshtml</c> prefers that and falls back to this.
/// </summary>
public sealed class MarkdownBodyCache(IMarkdownRenderer markdown) : IDisposable
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
