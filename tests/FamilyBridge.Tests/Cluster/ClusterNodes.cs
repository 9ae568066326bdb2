using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Cluster;

/// <summary>
/// Several nodes of one site in this process: one fresh PostgreSQL database, one real redis-server, one shared media
/// folder, and for each node its own app-data folder (its own search index), as on separate machines.
/// </summary>
public sealed class ClusterNodes : IAsyncDisposable
{
    private readonly List<SiteFactory> _nodes = [];

    private ClusterNodes(PostgresDatabase database, RedisServer redis, TempFolder media)
    {
        Database = database;
        Redis = redis;
        Media = media;
    }

    public PostgresDatabase Database { get; }

    public RedisServer Redis { get; }

    public TempFolder Media { get; }

    public static async Task<ClusterNodes> CreateAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        try
        {
            return new ClusterNodes(database, await RedisServer.StartAsync(), new TempFolder("familybridge-shared-media"));
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts a node; pass the app-data folder of a stopped node to start that node again.</summary>
    public async Task<SiteFactory> StartNodeAsync(string? appDataPath = null)
    {
        var node = await SiteFactory.StartAsync(
            SiteDatabase.Postgres,
            settings: new Dictionary<string, string?>
            {
                ["Redis:Configuration"] = Redis.Configuration,
                ["Media:Path"] = Media.Path,
            },
            appDataPath: appDataPath,
            postgresConnectionString: Database.ConnectionString);
        lock (_nodes)
        {
            _nodes.Add(node);
        }

        return node;
    }

    /// <summary>Stops a node, keeping its app-data folder (and so its search index) for a later start.</summary>
    public async Task StopNodeAsync(SiteFactory node)
    {
        ArgumentNullException.ThrowIfNull(node);
        lock (_nodes)
        {
            _nodes.Remove(node);
        }

        await node.DisposeAsync();
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; returns how long that took, or fails after the deadline.</summary>
    public static async Task<TimeSpan> WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var limit = timeout ?? TimeSpan.FromSeconds(10);
        while (clock.Elapsed < limit)
        {
            if (await condition())
            {
                return clock.Elapsed;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"After {limit.TotalSeconds:0} s: {what}");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes.ToList())
        {
            await node.DisposeAsync();
        }

        await Redis.DisposeAsync();
        Media.Dispose();
        await Database.DisposeAsync();
    }
}
