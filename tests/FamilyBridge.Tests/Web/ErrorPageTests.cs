using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Web;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task A_failure_shows_the_themed_error_page_without_details_and_with_the_crisis_strip()
    {
        // The only stand-in: the real content query, failing for resources, to make one real request fail.
        await using var site = await SiteFactory.StartAsync(configureServices: services =>
            services.AddScoped<IContentQuery>(sp => new FailingForResources(ActivatorUtilities.CreateInstance<ContentQuery>(sp))));
        using var client = site.CreateReader();

        var page = await HtmlPage.GetAsync(client, "/resources");

        Assert.Equal(500, (int)page.Response.StatusCode);
        Assert.Equal("Something went wrong on our side", page.Texts("h1").Single());
        Assert.NotNull(page.Document.QuerySelector("aside.crisis-strip a[href='tel:988']"));
        Assert.DoesNotContain("Database is on fire", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at FamilyBridge", page.Text, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", string.Join(",", page.Response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    private sealed class FailingForResources(IContentQuery inner) : IContentQuery
    {
        public Task<ContentItem?> GetPublishedByPathAsync(string path, CancellationToken cancellationToken = default) =>
            inner.GetPublishedByPathAsync(path, cancellationToken);

        public Task<IReadOnlyList<ContentItem>> GetListItemsAsync(string listContentItemId, VersionOptions options, CancellationToken cancellationToken = default) =>
            inner.GetListItemsAsync(listContentItemId, options, cancellationToken);

        public Task<IReadOnlyList<ContentItem>> GetByTypeAsync(string contentType, VersionOptions options, CancellationToken cancellationToken = default) =>
            contentType == "Resource"
                ? throw new InvalidOperationException("Database is on fire")
                : inner.GetByTypeAsync(contentType, options, cancellationToken);

        public Task<IReadOnlyList<ContentItem>> GetAllAsync(VersionOptions options, CancellationToken cancellationToken = default) =>
            inner.GetAllAsync(options, cancellationToken);

        public Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions options, CancellationToken cancellationToken = default) =>
            inner.GetManyAsync(contentItemIds, options, cancellationToken);

        public Task<ContentListPage> ListAsync(ContentListFilter filter, CancellationToken cancellationToken = default) =>
            inner.ListAsync(filter, cancellationToken);

        public Task<bool> IsPathTakenAsync(string path, string exceptContentItemId, CancellationToken cancellationToken = default) =>
            inner.IsPathTakenAsync(path, exceptContentItemId, cancellationToken);
    }
}
