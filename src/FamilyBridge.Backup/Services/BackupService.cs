using System.IO.Compression;
using System.Reflection;
using FamilyBridge.Backup.Models;
using FamilyBridge.Core.Data;
using FamilyBridge.Core.Hosting;
using FamilyBridge.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.Backup.Services;

/// <summary>Writes and restores backup archives: the database snapshot first, then media and keys, the manifest last.</summary>
public sealed class BackupService(
    IServiceProvider services,
    DatabaseConnection connection,
    AppDataPaths paths,
    TimeProvider clock,
    ILogger<BackupService> logger)
{
    public const string MediaFolder = "media";
    public const string KeysFolder = "keys";

    private IDatabaseBackup Database => connection.Provider == DatabaseProvider.Postgres
        ? services.GetRequiredService<PostgresDatabaseBackup>()
        : services.GetRequiredService<SqliteDatabaseBackup>();

    /// <summary>Writes a complete archive to <paramref name="file"/>; on failure no file of that name is left behind.</summary>
    public async Task<BackupResult> CreateAsync(string file, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        file = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var partial = file + ".partial";
        var snapshot = Path.Combine(Path.GetTempPath(), "familybridge-snapshot-" + Guid.NewGuid().ToString("N"));
        var database = Database;
        try
        {
            // The database first: any media row it holds had its file written before the row was committed.
            var tables = await database.CaptureAsync(snapshot, cancellationToken);
            var manifest = new BackupManifest
            {
                Version = SiteVersion,
                CreatedUtc = started,
                Provider = connection.Provider.ToString(),
                Tables = new SortedDictionary<string, long>(tables.ToDictionary(), StringComparer.Ordinal),
            };
            var media = 0;
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
            await using (var archive = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                manifest.Files[database.EntryName] = await BackupArchive.AddFileAsync(archive, database.EntryName, snapshot, cancellationToken);
                media = await AddFolderAsync(archive, manifest, MediaFolder, BackupArchive.MediaPrefix, cancellationToken);
                await AddFolderAsync(archive, manifest, KeysFolder, BackupArchive.KeysPrefix, cancellationToken);
                var entry = archive.CreateEntry(BackupManifest.EntryName, CompressionLevel.Optimal);
                await using var writer = new StreamWriter(await entry.OpenAsync(cancellationToken));
                await writer.WriteAsync(manifest.ToJson());
            }

            File.Move(partial, file, overwrite: true);
            var result = new BackupResult(started, clock.GetUtcNow(), true, file, new FileInfo(file).Length, media, tables.Values.Sum(), null);
            logger.LogInformation("Backup written to {File}: {Rows} rows, {Media} media files, {Bytes} bytes.", file, result.Rows, media, result.SizeBytes);
            return result;
        }
        finally
        {
            File.Delete(snapshot);
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Checks the archive, then puts its database, media and keys in place of this site's, applies migrations and
    /// rebuilds the search index. Run with the site stopped.
    /// </summary>
    public async Task<BackupManifest> RestoreAsync(string file, bool force, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        file = Path.GetFullPath(file);
        var manifest = await BackupArchive.VerifyAsync(file, cancellationToken);
        if (!string.Equals(manifest.Provider, connection.Provider.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            throw new BackupException(
                $"{file} holds a {manifest.Provider} database but this site is set to {connection.Provider} (Database:Provider). Restore it into a {manifest.Provider} site.");
        }

        var database = Database;
        if (!force && (await database.HasDataAsync(cancellationToken) || HasFiles(paths.Root)))
        {
            throw new BackupException(
                $"The site's data ({paths.Root}{(connection.Provider == DatabaseProvider.Postgres ? " and its PostgreSQL database" : "")}) is not empty. "
                + "Restore into a fresh AppData:Path, or add --force to replace what is there.");
        }

        await progress.WriteLineAsync($"Checked {manifest.Files.Count} files in {file} (made {manifest.CreatedUtc:u} by version {manifest.Version}).");
        var snapshot = Path.Combine(Path.GetTempPath(), "familybridge-restore-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var archive = await ZipFile.OpenReadAsync(file, cancellationToken);
            var databaseEntry = archive.GetEntry(database.EntryName)
                ?? throw new BackupException($"{file} has no {database.EntryName}.");
            await databaseEntry.ExtractToFileAsync(snapshot, overwrite: true, cancellationToken);
            await database.RestoreAsync(snapshot, cancellationToken);
            foreach (var (folder, prefix) in new[] { (MediaFolder, BackupArchive.MediaPrefix), (KeysFolder, BackupArchive.KeysPrefix) })
            {
                var target = Path.Combine(paths.Root, folder);
                if (Directory.Exists(target))
                {
                    Directory.Delete(target, recursive: true);
                }

                Directory.CreateDirectory(target);
                await BackupArchive.ExtractFolderAsync(archive, prefix, target, cancellationToken);
            }
        }
        finally
        {
            File.Delete(snapshot);
        }

        await progress.WriteLineAsync("Database, media and keys restored; applying migrations.");
        await services.MigrateDatabasesAsync(cancellationToken);
        var search = Path.Combine(paths.Root, "search");
        if (Directory.Exists(search))
        {
            Directory.Delete(search, recursive: true);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var indexed = await scope.ServiceProvider.GetRequiredService<ContentIndexer>().RebuildAsync(cancellationToken);
            await progress.WriteLineAsync($"Search index rebuilt: {indexed} published items.");
        }

        return manifest;
    }

    /// <summary>Rows per table in this site's database now.</summary>
    public Task<IReadOnlyDictionary<string, long>> CountRowsAsync(CancellationToken cancellationToken) => Database.CountRowsAsync(cancellationToken);

    private static string SiteVersion =>
        (Assembly.GetEntryAssembly() ?? typeof(BackupService).Assembly).GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private static bool HasFiles(string folder) =>
        Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any();

    private async Task<int> AddFolderAsync(ZipArchive archive, BackupManifest manifest, string folder, string prefix, CancellationToken cancellationToken)
    {
        var source = Path.Combine(paths.Root, folder);
        if (!Directory.Exists(source))
        {
            return 0;
        }

        var count = 0;
        foreach (var path in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = prefix + Path.GetRelativePath(source, path).Replace(Path.DirectorySeparatorChar, '/');
            try
            {
                manifest.Files[name] = await BackupArchive.AddFileAsync(archive, name, path, cancellationToken);
                count++;
            }
            catch (FileNotFoundException)
            {
                // Deleted by the site between listing and copying: it is not in the database snapshot either.
            }
        }

        return count;
    }
}
