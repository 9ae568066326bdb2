using FamilyBridge.Core.Caching;
using FamilyBridge.Core.Cluster;
using FamilyBridge.Core.Events;
using FamilyBridge.Core.Hosting;
using FamilyBridge.Core.Site;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Core.Data;

public static class ServiceCollectionExtensions
{
    /// <summary>App-data folder, public address, database choice and domain events: what every module stands on.</summary>
    public static IServiceCollection AddFamilyBridgeCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AppDataOptions>().Bind(configuration.GetSection(AppDataOptions.SectionName));
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .PostConfigure(o => o.ConnectionString ??= configuration.GetConnectionString("FamilyBridge"))
            .Validate(o => o.Provider != DatabaseProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:Provider is Postgres but ConnectionStrings:FamilyBridge is not set.")
            .ValidateOnStart();
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SiteOptions>, SiteOptionsValidator>());
        services.TryAddSingleton<SiteLinks>();
        services.TryAddSingleton<AppDataPaths>();
        services.TryAddSingleton<DatabaseConnection>();
        services.TryAddSingleton<ClusterLock>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IDomainEventPublisher, DomainEventPublisher>();
        // One node until FamilyBridge.Cluster replaces the bus with Redis.
        services.TryAddSingleton<IClusterBus, SingleNodeBus>();
        services.TryAddSingleton<CacheInvalidation>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IClusterMessageHandler, CacheInvalidation>(sp => sp.GetRequiredService<CacheInvalidation>()));
        return services;
    }

    /// <summary>
    /// Registers a module's DbContext. <typeparamref name="TSqlite"/> and <typeparamref name="TPostgres"/> derive
    /// from <typeparamref name="TContext"/> only to carry one migration set per provider (EF Core's
    /// "multiple context types" pattern); the rest of the module asks for <typeparamref name="TContext"/>.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgres>(
        this IServiceCollection services, string migrationsHistoryTable)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        // Options built once (they depend only on configuration), not per scope: a signed-in page opens two or three
        // contexts, and rebuilding their options each time cost about a tenth of the request (bench/http profile).
        services.AddDbContext<TSqlite>((sp, o) => sp.GetRequiredService<DatabaseConnection>().Configure(o, migrationsHistoryTable),
            ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddDbContext<TPostgres>((sp, o) => sp.GetRequiredService<DatabaseConnection>().Configure(o, migrationsHistoryTable),
            ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddScoped<TContext>(sp => sp.GetRequiredService<DatabaseConnection>().Provider == DatabaseProvider.Postgres
            ? sp.GetRequiredService<TPostgres>()
            : sp.GetRequiredService<TSqlite>());
        services.AddSingleton(new ModuleDatabase(typeof(TContext), migrationsHistoryTable, typeof(TSqlite), typeof(TPostgres)));
        return services;
    }
}
