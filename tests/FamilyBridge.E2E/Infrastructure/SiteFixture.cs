using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.E2E.Infrastructure;

/// <summary>One site for the whole E2E collection: set up as on a first start, plus the web fixture recipe.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string FixtureRecipe = "tests/FamilyBridge.Tests/Web/Fixtures/web-fixture.recipe.json";

    public KestrelSiteFactory Site { get; } = new();

    public Uri BaseAddress => Site.BaseAddress;

    public async Task InitializeAsync()
    {
        Site.StartServer();
        await Site.ImportRecipeAsync(RepositoryFiles.Get(FixtureRecipe));
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}
