using Npgsql;

namespace FamilyBridge.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database on the PostgreSQL server named by FB_TEST_POSTGRES (an admin connection string), dropped
/// on dispose: <c>await using var db = await PostgresDatabase.CreateAsync();</c>.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string VariableName = "FB_TEST_POSTGRES";

    private readonly string _adminConnectionString;

    private PostgresDatabase(string adminConnectionString, string name, string connectionString)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    /// <summary>Connects to this database (not the server's default one).</summary>
    public string ConnectionString { get; }

    /// <summary>The admin connection string from FB_TEST_POSTGRES; fails loudly when it is missing, never skips.</summary>
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{VariableName} is not set. PostgreSQL tests need an admin connection string, e.g. "
                + $"{VariableName}='Host=127.0.0.1;Port=55432;Username=postgres;Password=…' (test.sh sets it for its throwaway cluster).");

    public static async Task<PostgresDatabase> CreateAsync(CancellationToken cancellationToken = default)
    {
        var admin = AdminConnectionString;
        var name = "fb_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new PostgresDatabase(admin, name, builder.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        // Pooled connections to the database would block DROP DATABASE.
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }
}
