using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.Accounts.Services;

/// <summary>Keeps the site's name where Orchard does: <c>SiteName</c> in the content engine's site settings.</summary>
public sealed class SiteSettingsSiteNameStore(ISiteSettingsService settings) : ISiteNameStore
{
    public Task SetSiteNameAsync(string siteName, CancellationToken cancellationToken) =>
        settings.MergeAsync(new JsonObject { ["SiteName"] = siteName }, cancellationToken);
}
