using FamilyBridge.Theme.Models;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Theme.Display;

public static class ContentDisplayExtensions
{
    /// <summary>Renders a content shape with the most specific template the theme has for it.</summary>
    public static Task<IHtmlContent> DisplayContentAsync(this IHtmlHelper html, ContentShape shape)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(shape);
        var resolver = html.ViewContext.HttpContext.RequestServices.GetRequiredService<ContentTemplateResolver>();
        var template = resolver.Resolve(html.ViewContext, shape.Item.ContentType, shape.DisplayType);
        return html.PartialAsync(template, shape);
    }
}
