using FamilyBridge.ContentManagement;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Data;
using FamilyBridge.Search;
using FamilyBridge.Search.Models;
using FamilyBridge.Search.Services;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FamilyBridge.Tests.Search;

/// <summary>
/// The content engine and search module wired as the site wires them (Core + ContentManagement + Search) on a
/// real SQLite file in a temp App_Data, without the web host.
/// </summary>
internal sealed class ContentSite : IAsyncDisposable
{
    private ContentSite(string appData, ServiceProvider services)
    {
        AppData = appData;
        Services = services;
    }

    public string AppData { get; }

    public ServiceProvider Services { get; }

    public string SearchFolder => Path.Combine(AppData, "search");

    /// <summary>Starts on <paramref name="appData"/> (a new site when it is empty) and runs the hosted services, as a start-up would.</summary>
    public static async Task<ContentSite> StartAsync(string appData)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AppData:Path"] = appData })
            .Build();
        var services = ModuleServices.Create(appData, configuration);
        services.AddContentManagement(configuration);
        services.AddSearch(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await provider.MigrateDatabasesAsync();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return new ContentSite(appData, provider);
    }

    public async Task WithContentAsync(Func<IContentManager, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<IContentManager>());
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<SearchResults> SearchAsync(string query) =>
        Services.GetRequiredService<ISearchService>().SearchAsync(new SearchRequest { Query = query });

    public async Task<IReadOnlyList<string>> TitlesAsync(string query) =>
        [.. (await SearchAsync(query)).Hits.Select(h => h.Title.ToString())];

    public Task CreateAsync(ContentItem item, bool publish) => WithContentAsync(m => m.CreateAsync(item, publish));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
