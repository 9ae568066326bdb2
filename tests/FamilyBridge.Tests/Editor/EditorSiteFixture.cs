using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Editor;

/// <summary>One real site (SQLite, setup recipe and curriculum) per editor test class.</summary>
public sealed class EditorSiteFixture : IAsyncLifetime
{
    private SiteFactory? _site;

    public SiteFactory Site => _site ?? throw new InvalidOperationException("The site has not started.");

    public async Task InitializeAsync() => _site = await SiteFactory.StartAsync(SiteDatabase.Sqlite, AccountTestData.GenerousLimits);

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}
