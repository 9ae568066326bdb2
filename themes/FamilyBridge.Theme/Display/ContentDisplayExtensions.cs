using FamilyBridge.ContentManagement.Display.Liquid;
using FamilyBridge.Theme.Models;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Theme.Display;

public static class ContentDisplayExtensions
{
    /// <summary>
    /// Renders a content shape with the most specific template there is for it, in Orchard's order: at each name a
    /// stored Liquid template (loaded by the host beforehand) wins over the theme's Razor file, so a stored
    /// <c>Content-BlogPost</c> replaces <c>Content.cshtml</c> for blog posts while <c>Content-Lesson.cshtml</c> stays
    /// unless a template names Lesson at least as specifically.
    /// </summary>
    public static async Task<IHtmlContent> DisplayContentAsync(this IHtmlHelper html, ContentShape shape)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(shape);
        var services = html.ViewContext.HttpContext.RequestServices;
        var resolver = services.GetRequiredService<ContentTemplateResolver>();
        var stored = services.GetRequiredService<StoredLiquidTemplates>();
        foreach (var name in ContentTemplateResolver.Candidates(shape.Item.ContentType, shape.DisplayType))
        {
            if (LiquidTemplateNames.ToShapeName(name) is { } shapeName && await stored.TryRenderAsync(shapeName, shape.Item) is { } liquid)
            {
                return new HtmlString(liquid);
            }

            if (resolver.Exists(html.ViewContext, name))
            {
                return await html.PartialAsync(name, shape);
            }
        }

        throw new InvalidOperationException(
            $"No content template for {shape.Item.ContentType} ({shape.DisplayType}); the theme must at least have Content.cshtml.");
    }
}
