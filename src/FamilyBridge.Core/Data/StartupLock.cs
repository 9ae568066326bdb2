using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FamilyBridge.Core.Data;

/// <summary>
/// One lock for migrations and first-run setup, so nodes starting together on an empty PostgreSQL database take
/// turns: the first migrates and imports the setup recipe, the others then find the work done. It is a session
/// advisory lock on a connection of its own, released when disposed (or when the process dies and PostgreSQL
/// closes the session). SQLite runs one node only and its writes already queue, so there it is no lock at all.
/// </summary>
public static class StartupLock
{
    /// <summary>An arbitrary key of our own; any other advisory-lock user of the database must not reuse it.</summary>
    public const long Key = 0x46_42_53_54_41_52_54; // "FBSTART"

    public static async Task<IAsyncDisposable> AcquireStartupLockAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var connection = services.GetRequiredService<DatabaseConnection>();
        if (connection.Provider != DatabaseProvider.Postgres)
        {
            return NoLock.Instance;
        }

        var session = new NpgsqlConnection(connection.ConnectionString);
        try
        {
            await session.OpenAsync(cancellationToken);
            await using var command = session.CreateCommand();
            command.CommandText = "SELECT pg_advisory_lock(@key)";
            command.Parameters.AddWithValue("key", Key);
            // The other node may take a while (the setup recipe imports the whole curriculum): wait, do not time out.
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Held(session);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection session) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = session.CreateCommand();
                command.CommandText = "SELECT pg_advisory_unlock(@key)";
                command.Parameters.AddWithValue("key", Key);
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                // Closing the session releases the lock too; pooled connections keep their session, hence the unlock.
                await session.DisposeAsync();
            }
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
