using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.ContentManagement.Display;

/// <inheritdoc />
/// <remarks>
/// The site setting <c>KeepFamilyBridgeHome</c> (true in FamilyBridge's setup recipe) keeps the built-in home
/// page even after an Orchard recipe names another; Orchard's <c>HomeRoute</c> is kept as data either way.
/// </remarks>
public sealed class HomeRouteResolver(ISiteSettingsService siteSettings, IContentManager contentManager) : IHomeRouteResolver
{
    public const string KeepFamilyBridgeHome = nameof(KeepFamilyBridgeHome);

    public async Task<ContentItem?> GetHomeItemAsync(CancellationToken cancellationToken)
    {
        var settings = await siteSettings.GetAsync(cancellationToken);
        if (settings[KeepFamilyBridgeHome] is JsonValue keep && ((keep.TryGetValue<bool>(out var b) && b) || (keep.TryGetValue<string>(out var s) && bool.TryParse(s, out var sb) && sb)))
        {
            return null;
        }

        return settings["HomeRoute"]?["ContentItemId"] is JsonValue id && id.TryGetValue<string>(out var itemId) && itemId.Length > 0
            ? await contentManager.GetAsync(itemId, VersionOptions.Published, cancellationToken)
            : null;
    }
}
