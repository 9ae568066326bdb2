using System.IO.Compression;
using FamilyBridge.ContentManagement.Events;
using FamilyBridge.Core.Caching;
using FamilyBridge.Core.Events;
using FamilyBridge.Core.Hosting;
using FamilyBridge.Reading.Caching;
using FamilyBridge.Reading.Cultures;
using FamilyBridge.Reading.Progress;
using FamilyBridge.Reading.Shapes;
using FamilyBridge.Theme.Display;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Reading;

public static class ServiceCollectionExtensions
{
    /// <summary>Above this the output cache drops the least-read pages; the curriculum's pages fit many times over.</summary>
    private const long OutputCacheBytes = 32 * 1024 * 1024;

    /// <summary>
    /// The Reading module's door: the reader's pages (home, module, lesson, resources, preview), the in-memory
    /// outline they are built from, and the output cache and compression that serve them to anonymous readers.
    /// Register it after AddSearch: its eviction handler must run after the search index took the change.
    /// </summary>
    public static IServiceCollection AddReading(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<ReadingOutline>();
        services.AddSingleton<ItemCulture>();
        services.AddSingleton<SiteNameSource>();
        services.AddSingleton<ISiteNameSource>(sp => sp.GetRequiredService<SiteNameSource>());
        services.AddSingleton<INodeMemoryCache>(sp => sp.GetRequiredService<ReadingOutline>());
        services.AddSingleton<INodeMemoryCache>(sp => sp.GetRequiredService<SiteNameSource>());
        services.AddSingleton<MarkdownBodyCache>();
        services.AddSingleton<LessonFragmentCache>();
        services.AddSingleton<IContentFragmentCache>(sp => sp.GetRequiredService<LessonFragmentCache>());
        services.AddSingleton<INodeMemoryCache>(sp => sp.GetRequiredService<LessonFragmentCache>());
        services.AddScoped<ContentShapeBuilder>();
        services.AddScoped<ReaderProgress>();

        services.AddOutputCache(o =>
        {
            o.SizeLimit = OutputCacheBytes;
            o.AddPolicy(PublicPageCache.PolicyName, new PublicPagePolicy());
        });
        // Only pages the output cache stores are compressed (see UseReading), so each is compressed once per
        // encoding and then served as stored bytes; Optimal costs a little more on that one miss.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);

        services.AddScoped<PublicPageEvictionHandler>();
        services.AddScoped<IDomainEventHandler<ContentPublished>>(sp => sp.GetRequiredService<PublicPageEvictionHandler>());
        services.AddScoped<IDomainEventHandler<ContentUnpublished>>(sp => sp.GetRequiredService<PublicPageEvictionHandler>());
        services.AddScoped<IDomainEventHandler<ContentRemoved>>(sp => sp.GetRequiredService<PublicPageEvictionHandler>());
        services.AddScoped<IDomainEventHandler<ContentReordered>>(sp => sp.GetRequiredService<PublicPageEvictionHandler>());
        services.AddScoped<IDomainEventHandler<SiteSettingsChanged>>(sp => sp.GetRequiredService<PublicPageEvictionHandler>());
        return services;
    }
}
