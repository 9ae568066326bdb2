using System.Globalization;
using System.Text.Json;
using FamilyBridge.Backup.Models;
using FamilyBridge.Core.Hosting;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Backup.Services;

/// <summary>
/// The scheduled backups' folder, names, pruning and last result. The last result is kept in a small file beside the
/// archives, so /admin still shows it after a restart.
/// </summary>
public sealed class BackupSchedule(IOptions<BackupOptions> options, AppDataPaths paths) : IDisposable
{
    private const string FilePrefix = "familybridge-";
    private const string StatusFile = "last-backup.json";

    private readonly SemaphoreSlim _runNow = new(0, 1);
    private readonly Lock _gate = new();
    private BackupResult? _last;

    public BackupOptions Options => options.Value;

    public string Folder => Path.GetFullPath(Path.Combine(paths.Root, options.Value.Folder));

    public bool Enabled => options.Value.Schedule is { } every && every > TimeSpan.Zero;

    /// <summary>The archive name for a run started at <paramref name="utc"/>; sortable, so the newest sorts last.</summary>
    public string NextFile(DateTimeOffset utc) =>
        Path.Combine(Folder, FilePrefix + utc.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + ".zip");

    public IReadOnlyList<FileInfo> Archives() =>
        Directory.Exists(Folder)
            ? [.. new DirectoryInfo(Folder).GetFiles(FilePrefix + "*.zip").OrderByDescending(f => f.Name, StringComparer.Ordinal)]
            : [];

    /// <summary>Deletes all but the newest <see cref="BackupOptions.Keep"/> archives; returns how many went.</summary>
    public int Prune()
    {
        var old = Archives().Skip(Math.Max(1, options.Value.Keep)).ToList();
        foreach (var file in old)
        {
            file.Delete();
        }

        return old.Count;
    }

    public BackupResult? LastResult
    {
        get
        {
            lock (_gate)
            {
                if (_last is null && File.Exists(Path.Combine(Folder, StatusFile)))
                {
                    try
                    {
                        _last = JsonSerializer.Deserialize<BackupResult>(File.ReadAllText(Path.Combine(Folder, StatusFile)));
                    }
                    catch (JsonException)
                    {
                        // A half-written status file only costs the display of the last run; the next run rewrites it.
                    }
                }

                return _last;
            }
        }
    }

    public void Record(BackupResult result)
    {
        lock (_gate)
        {
            _last = result;
            Directory.CreateDirectory(Folder);
            File.WriteAllText(Path.Combine(Folder, StatusFile), JsonSerializer.Serialize(result));
        }
    }

    /// <summary>Asks the scheduler to run now (the "Back up now" button). A request already waiting is enough.</summary>
    public void RequestRun()
    {
        try
        {
            _runNow.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    internal Task<bool> WaitForRequestAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _runNow.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _runNow.Dispose();
}
