using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Media;

/// <summary>One real site per media test class, with a 64 KB upload limit so "too big" is cheap to test.</summary>
public sealed class MediaSiteFixture : IAsyncLifetime
{
    public const long MaxUploadBytes = 64 * 1024;

    private SiteFactory? _site;

    public SiteFactory Site => _site ?? throw new InvalidOperationException("The site has not started.");

    public string MediaFolder => Path.Combine(Site.AppDataPath, "media");

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(AccountTestData.GenerousLimits.ToDictionary())
        {
            ["Media:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        _site = await SiteFactory.StartAsync(SiteDatabase.Sqlite, settings);
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}
