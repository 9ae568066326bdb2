using System.Data;
using FamilyBridge.Core.Data;
using Npgsql;

namespace FamilyBridge.Backup.Services;

/// <summary>
/// PostgreSQL through <c>pg_dump</c>'s custom format. The row counts are taken in a repeatable-read transaction whose
/// snapshot pg_dump is handed (<c>--snapshot</c>), so the manifest counts exactly what the dump holds even while the
/// site writes.
/// </summary>
public sealed class PostgresDatabaseBackup(DatabaseConnection connection, PostgresTools tools) : IDatabaseBackup
{
    public string EntryName => "database/familybridge.pgdump";

    public async Task<IReadOnlyDictionary<string, long>> CaptureAsync(string file, CancellationToken cancellationToken)
    {
        tools.Find("pg_dump");
        await using var db = new NpgsqlConnection(connection.ConnectionString);
        await db.OpenAsync(cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        string snapshot;
        await using (var export = new NpgsqlCommand("SELECT pg_export_snapshot()", db, transaction))
        {
            snapshot = (string)(await export.ExecuteScalarAsync(cancellationToken))!;
        }

        var counts = await CountAsync(db, transaction, cancellationToken);
        await tools.RunAsync("pg_dump",
            ["--format=custom", "--no-owner", "--no-privileges", "--snapshot=" + snapshot, "--file=" + file],
            connection.ConnectionString, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }

    public async Task<bool> HasDataAsync(CancellationToken cancellationToken)
    {
        await using var db = new NpgsqlConnection(connection.ConnectionString);
        await db.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", db);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    public async Task RestoreAsync(string file, CancellationToken cancellationToken)
    {
        tools.Find("pg_restore");
        await using (var db = new NpgsqlConnection(connection.ConnectionString))
        {
            await db.OpenAsync(cancellationToken);
            // An empty public schema, not pg_restore --clean: tables a newer version added would otherwise linger.
            await using var reset = new NpgsqlCommand("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;", db);
            await reset.ExecuteNonQueryAsync(cancellationToken);
        }

        NpgsqlConnection.ClearAllPools();
        await tools.RunAsync("pg_restore",
            ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname=" + Database(), file],
            connection.ConnectionString, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, long>> CountRowsAsync(CancellationToken cancellationToken)
    {
        await using var db = new NpgsqlConnection(connection.ConnectionString);
        await db.OpenAsync(cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        return await CountAsync(db, transaction, cancellationToken);
    }

    private string Database() => new NpgsqlConnectionStringBuilder(connection.ConnectionString).Database ?? "postgres";

    private static async Task<IReadOnlyDictionary<string, long>> CountAsync(
        NpgsqlConnection db, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
            db, transaction))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM public.\"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", db, transaction);
            counts[table] = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        return counts;
    }
}
