using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Theme.Display;

namespace FamilyBridge.Web.Hosting;

/// <summary>Reads <c>SiteName</c> from the site settings once per request (scoped).</summary>
public sealed class SiteNameSource(ISiteSettingsService settings) : ISiteNameSource
{
    public const string DefaultName = "FamilyBridge";

    private string? _name;

    public async Task<string> GetSiteNameAsync(CancellationToken cancellationToken = default)
    {
        if (_name is null)
        {
            var document = await settings.GetAsync(cancellationToken);
            var name = document["SiteName"]?.GetValue<string>();
            _name = string.IsNullOrWhiteSpace(name) ? DefaultName : name;
        }

        return _name;
    }
}
