using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Security;

/// <summary>One real site per test class (SQLite, generous rate limits) whose password hasher counts its work.</summary>
public sealed class SecuritySiteFixture : IAsyncLifetime
{
    private SiteFactory? _site;

    public SiteFactory Site => _site ?? throw new InvalidOperationException("The site has not started.");

    public CountingPasswordHasher.Counter Hashes { get; private set; } = new();

    public async Task InitializeAsync() =>
        _site = await SiteFactory.StartAsync(SiteDatabase.Sqlite, AccountTestData.GenerousLimits, configureServices: services => Hashes = CountingPasswordHasher.Install(services));

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}
