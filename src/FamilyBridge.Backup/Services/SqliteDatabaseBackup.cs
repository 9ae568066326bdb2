using FamilyBridge.Core.Data;
using Microsoft.Data.Sqlite;

namespace FamilyBridge.Backup.Services;

/// <summary>
/// SQLite through its online backup API: a page-by-page copy taken under a read transaction, so a site writing in WAL
/// mode goes on serving while the copy is made, and the copy is one consistent moment.
/// </summary>
public sealed class SqliteDatabaseBackup(DatabaseConnection connection) : IDatabaseBackup
{
    public string EntryName => "database/" + DatabaseConnection.SqliteFileName;

    private string DatabaseFile => new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource;

    public async Task<IReadOnlyDictionary<string, long>> CaptureAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(DatabaseFile))
        {
            throw new BackupException($"There is no database at {DatabaseFile} to back up. Check AppData:Path.");
        }

        // Pooling off: the copy's file must be closed (and complete) when this method returns.
        await using (var source = new SqliteConnection(connection.ConnectionString))
        await using (var target = new SqliteConnection(FileConnectionString(file)))
        {
            await source.OpenAsync(cancellationToken);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
        }

        return await CountAsync(FileConnectionString(file), cancellationToken);
    }

    public async Task<bool> HasDataAsync(CancellationToken cancellationToken) =>
        File.Exists(DatabaseFile) && (await CountAsync(FileConnectionString(DatabaseFile), cancellationToken)).Count > 0;

    public Task RestoreAsync(string file, CancellationToken cancellationToken)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabaseFile + suffix);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(DatabaseFile)!);
        File.Copy(file, DatabaseFile);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, long>> CountRowsAsync(CancellationToken cancellationToken) =>
        CountAsync(connection.ConnectionString, cancellationToken);

    private static string FileConnectionString(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();

    private static async Task<IReadOnlyDictionary<string, long>> CountAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var db = new SqliteConnection(connectionString);
        await db.OpenAsync(cancellationToken);
        var tables = new List<string>();
        await using (var list = db.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = db.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }
}
