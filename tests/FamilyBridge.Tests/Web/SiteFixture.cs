using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Web;

/// <summary>One started site per test class, with the web fixture recipe imported on top of the setup.</summary>
public abstract class SiteFixture(SiteDatabase database) : IAsyncLifetime
{
    private SiteFactory? _site;

    public SiteFactory Site => _site ?? throw new InvalidOperationException("The site has not started.");

    public async Task InitializeAsync()
    {
        _site = await SiteFactory.StartAsync(database);
        await _site.ImportRecipeAsync(RepositoryFiles.Get(WebFixtureContent.RecipePath));
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}
