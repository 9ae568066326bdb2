using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Data;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Accounts.Services;

/// <summary>
/// Writes <c>SiteName</c> (Orchard's Site settings key) into the content engine's site-settings document.
/// Stop-gap until ContentManagement offers a site-settings service; then this becomes a one-line call to it.
/// </summary>
public sealed class SiteSettingsSiteNameStore(ContentDbContext content) : ISiteNameStore
{
    public async Task SetSiteNameAsync(string siteName, CancellationToken cancellationToken)
    {
        var settings = await content.SiteSettings.SingleOrDefaultAsync(s => s.Id == SiteSettingsRecord.SingletonId, cancellationToken);
        if (settings is null)
        {
            settings = new SiteSettingsRecord { InstanceId = Guid.NewGuid().ToString("N") };
            content.SiteSettings.Add(settings);
        }

        var document = JsonNode.Parse(settings.Document) as JsonObject ?? [];
        document["SiteName"] = siteName;
        settings.Document = document.ToJsonString();
        await content.SaveChangesAsync(cancellationToken);
    }
}
