using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.ContentManagement.Display;

/// <summary>The item Orchard's <c>HomeRoute</c> site setting (or an item's <c>SetHomepage</c>) puts at <c>/</c>.</summary>
public interface IHomeRouteResolver
{
    /// <summary>The published home item, or null when the site keeps FamilyBridge's own home page.</summary>
    Task<ContentItem?> GetHomeItemAsync(CancellationToken cancellationToken);
}
