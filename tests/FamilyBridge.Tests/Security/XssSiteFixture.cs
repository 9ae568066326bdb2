using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Security;

/// <summary>One real site with the payload recipe imported through the same importer as the command line and the admin.</summary>
public sealed class XssSiteFixture : IAsyncLifetime
{
    public const string RecipePath = "tests/FamilyBridge.Tests/Security/Fixtures/xss-payloads.recipe.json";
    public const string ModulePath = "/xss-payload-module";
    public const string LessonPath = "/xss-payload-module/payload-lesson";
    public const string LessonId = "7yss0e550n0000000000000001";
    public const string ResourcePath = "/resources/xss-payload-resource";

    private SiteFactory? _site;

    public SiteFactory Site => _site ?? throw new InvalidOperationException("The site has not started.");

    public async Task InitializeAsync()
    {
        _site = await SiteFactory.StartAsync(SiteDatabase.Sqlite, AccountTestData.GenerousLimits);
        await _site.ImportRecipeAsync(RepositoryFiles.Get(RecipePath));
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}
