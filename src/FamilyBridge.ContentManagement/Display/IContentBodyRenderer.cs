using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.ContentManagement.Display;

/// <summary>
/// What Orchard would show of an item without a theme template, as sanitised HTML: its HTML or Markdown body,
/// its fields, its bag and flow items in order, its taxonomy terms as links and, for a list, its children.
/// </summary>
public interface IContentBodyRenderer
{
    Task<string> RenderAsync(ContentItem item, CancellationToken cancellationToken);
}
