using System.Net;
using FamilyBridge.Tests.Infrastructure;
using Npgsql;

namespace FamilyBridge.Tests.Cluster;

/// <summary>Nodes starting together on an empty database take turns to migrate and set up: one site comes out.</summary>
public sealed class StartupLockTests
{
    [Fact]
    public async Task Two_nodes_starting_together_on_an_empty_database_set_up_one_site()
    {
        await using var cluster = await ClusterNodes.CreateAsync();

        var started = await Task.WhenAll(Task.Run(() => cluster.StartNodeAsync()), Task.Run(() => cluster.StartNodeAsync()));

        await using var connection = new NpgsqlConnection(cluster.Database.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal(1L, await ScalarAsync(connection, "SELECT count(*) FROM \"SiteSettings\" WHERE \"SetupCompletedUtc\" IS NOT NULL"));
        Assert.Equal(0L, await ScalarAsync(connection,
            "SELECT count(*) FROM (SELECT \"ContentItemId\" FROM \"ContentItems\" WHERE \"Published\" GROUP BY \"ContentItemId\" HAVING count(*) > 1) twice"));
        Assert.Equal(
            await ScalarAsync(connection, "SELECT count(*) FROM \"ContentItems\" WHERE \"ContentType\" = 'Module' AND \"Published\""),
            await ScalarAsync(connection, "SELECT count(DISTINCT \"Path\") FROM \"ContentItems\" WHERE \"ContentType\" = 'Module' AND \"Published\""));
        foreach (var node in started)
        {
            using var reader = node.CreateReader();
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        }
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
