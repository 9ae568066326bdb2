using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace FamilyBridge.Core.Data;

/// <summary>
/// "Only one node does this now": a PostgreSQL session advisory lock (<c>pg_try_advisory_lock</c>) held on a
/// connection of its own for as long as the handle lives. On SQLite there is only one node, so every try
/// succeeds. Written with Npgsql directly: DistributedLock.Postgres 1.3.1 pulls an Npgsql our registry lacks.
/// </summary>
public sealed class ClusterLock(DatabaseConnection database)
{
    /// <summary>The lock, or null when another node holds it (that node is doing the work).</summary>
    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (database.Provider != DatabaseProvider.Postgres)
        {
            return new Held(null);
        }

        var connection = new NpgsqlConnection(database.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", Key(name));
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new Held(connection);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>A stable 64-bit key for a name, the same on every node and every version.</summary>
    public static long Key(string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("familybridge:" + name)), 0);

    private sealed class Held(NpgsqlConnection? connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (connection is null)
            {
                return;
            }

            // Closing the session releases its advisory locks; unlocking first keeps a pooled session clean.
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", connection);
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
