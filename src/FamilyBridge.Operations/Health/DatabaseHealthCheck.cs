using System.Data.Common;
using FamilyBridge.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace FamilyBridge.Operations.Health;

/// <summary>The site's one database answers a trivial query. Unhealthy when it does not: no page can be served.</summary>
public sealed class DatabaseHealthCheck(DatabaseConnection database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using DbConnection connection = database.Provider == DatabaseProvider.Postgres
                ? new NpgsqlConnection(database.ConnectionString)
                : new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{database.Provider} answers.");
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException or System.Net.Sockets.SocketException)
        {
            // Never the exception's text: it can name the server and the user.
            return HealthCheckResult.Unhealthy($"{database.Provider} does not answer.");
        }
    }
}
