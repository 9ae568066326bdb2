namespace FamilyBridge.E2E.Infrastructure;

/// <summary>
/// E2E tests join with <c>[Collection(SiteCollection.Name)]</c> and take <see cref="SiteFixture"/> and
/// <see cref="BrowserFixture"/> in their constructor: one site and one browser for all of them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Site and browser";
}
