using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.ContentManagement.Display;

/// <summary>
/// A theme's own template for a widget (<c>Widget-{Type}.cshtml</c>), asked for by name after the stored Liquid
/// template of the same name. The theme implements it; without one (the command line, a test host) widgets keep
/// their Liquid template or the default drawing.
/// </summary>
public interface IWidgetTemplateRenderer
{
    /// <summary>The widget drawn through the theme's template of that name, or null when the theme has none.</summary>
    Task<string?> TryRenderAsync(string templateName, ContentItem widget, CancellationToken cancellationToken);
}
