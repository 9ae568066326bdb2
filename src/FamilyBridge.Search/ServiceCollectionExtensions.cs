using FamilyBridge.ContentManagement.Events;
using FamilyBridge.Core.Cluster;
using FamilyBridge.Core.CommandLine;
using FamilyBridge.Core.Events;
using FamilyBridge.Core.Hosting;
using FamilyBridge.Core.Localization;
using FamilyBridge.Search.CommandLine;
using FamilyBridge.Search.Handlers;
using FamilyBridge.Search.Health;
using FamilyBridge.Search.Hosting;
using FamilyBridge.Search.Indexing;
using FamilyBridge.Search.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.Search;

public static class ServiceCollectionExtensions
{
    /// <summary>The Search module's door: everything it registers.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleText();
        services.AddSingleton<SearchAnalyzer>();
        services.AddSingleton(sp => SynonymGroups.LoadEmbedded(sp.GetRequiredService<SearchAnalyzer>()));
        services.AddSingleton(sp => new SearchIndex(
            sp.GetRequiredService<AppDataPaths>().GetFolder("search"),
            sp.GetRequiredService<SearchAnalyzer>(),
            sp.GetRequiredService<ILogger<SearchIndex>>()));
        services.AddSingleton<ISearchService, SearchService>();
        services.AddScoped<SearchDocumentBuilder>();
        services.AddScoped<ContentIndexer>();
        services.AddSingleton<SearchIndexSync>();
        services.AddScoped<IDomainEventHandler<ContentPublished>, ContentPublishedHandler>();
        services.AddScoped<IDomainEventHandler<ContentUnpublished>, ContentUnpublishedHandler>();
        services.AddScoped<IDomainEventHandler<ContentRemoved>, ContentRemovedHandler>();
        services.AddScoped<IDomainEventHandler<ContentReordered>, ContentReorderedHandler>();
        services.AddSingleton<IClusterMessageHandler, ContentChangedMessageHandler>();
        services.AddScoped<ICommandLineCommand, SearchRebuildCommand>();
        services.AddHostedService<SearchIndexInitializer>();
        services.AddHostedService<SearchCatchUpService>();
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.SectionName));
        services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>(SearchIndexHealthCheck.Name, tags: ["ready"]);
        return services;
    }
}
