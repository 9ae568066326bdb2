using FamilyBridge.Cluster.Data;
using FamilyBridge.Cluster.Health;
using FamilyBridge.Cluster.Redis;
using FamilyBridge.Core.Cluster;
using FamilyBridge.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace FamilyBridge.Cluster;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Running several nodes: with <c>Redis:Configuration</c> unset this adds nothing (one node: SQLite or
    /// PostgreSQL, local folders, in-memory output cache). With it set, every node of the site shares
    /// data-protection keys (database), the output cache (Redis, tag eviction for all), and tells the others
    /// through Redis pub/sub when a cache must be forgotten or content was changed. Call it last: it replaces
    /// what the modules registered for one node.
    /// </summary>
    public static IServiceCollection AddCluster(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(ClusterOptions.SectionName);
        if (string.IsNullOrWhiteSpace(section[nameof(ClusterOptions.Configuration)]))
        {
            return services;
        }

        services.AddOptions<ClusterOptions>().Bind(section);
        services.AddOptions<DatabaseOptions>()
            .Validate(o => o.Provider == DatabaseProvider.Postgres,
                "Redis:Configuration is set (several nodes) but Database:Provider is not Postgres: nodes must share one PostgreSQL database.")
            .ValidateOnStart();

        services.TryAddSingleton<IConnectionMultiplexer>(sp => Connect(sp.GetRequiredService<IOptions<ClusterOptions>>().Value));
        services.AddSingleton<NodeIdentity>();
        services.Replace(ServiceDescriptor.Singleton<IClusterBus, RedisClusterBus>());
        services.AddHostedService<RedisClusterSubscriber>();

        services.AddDbContext<ClusterDbContext>((sp, o) => sp.GetRequiredService<DatabaseConnection>().Configure(o, ClusterDbContext.MigrationsHistoryTable));
        services.AddSingleton(new ModuleDatabase(typeof(ClusterDbContext)));
        services.AddDataProtection().PersistKeysToDbContext<ClusterDbContext>();

        AddSharedOutputCache(services);
        services.AddHealthChecks().AddCheck<RedisHealthCheck>(RedisHealthCheck.Name, tags: ["ready"]);
        return services;
    }

    private static void AddSharedOutputCache(IServiceCollection services)
    {
        services.AddStackExchangeRedisOutputCache(_ => { });
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.StackExchangeRedis.RedisOutputCacheOptions>()
            .Configure<IServiceProvider, IOptions<ClusterOptions>>((o, sp, cluster) =>
            {
                o.InstanceName = cluster.Value.Prefix + ":pages:";
                o.ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>());
            });

        // Reading's AddOutputCache registered the in-memory store; only the shared one may answer, or an eviction on
        // one node would leave the others serving what they kept.
        var shared = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.RemoveAll<IOutputCacheStore>();
        services.Add(shared);
    }

    private static ConnectionMultiplexer Connect(ClusterOptions options)
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration!);
        // Keep retrying in the background instead of failing the start: a node without Redis says so on /health/ready.
        configuration.AbortOnConnectFail = false;
        configuration.ClientName ??= "familybridge";
        return ConnectionMultiplexer.Connect(configuration);
    }
}
