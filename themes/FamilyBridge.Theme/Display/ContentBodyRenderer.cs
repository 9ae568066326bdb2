using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using Microsoft.AspNetCore.Html;

namespace FamilyBridge.Theme.Display;

/// <summary>
/// The one place where an item's body parts become HTML for a reader's page. Every content template calls
/// <see cref="RenderBody"/> rather than reading a body part itself, so a new body part (HtmlBodyPart, a BagPart's
/// items, a Liquid body) is added here once and every template and every cached page picks it up.
/// </summary>
public sealed class ContentBodyRenderer(IMarkdownRenderer markdown)
{
    /// <summary>The item's body as sanitised HTML; empty when it has none.</summary>
    public IHtmlContent RenderBody(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var source = item.GetPart("MarkdownBodyPart")?["Markdown"]?.GetValue<string>();
        return string.IsNullOrWhiteSpace(source) ? HtmlString.Empty : new HtmlString(markdown.ToSafeHtml(source));
    }
}
