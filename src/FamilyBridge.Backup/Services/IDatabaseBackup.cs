namespace FamilyBridge.Backup.Services;

/// <summary>One database provider's half of a backup: a consistent snapshot out, and the same snapshot back in.</summary>
public interface IDatabaseBackup
{
    /// <summary>The archive entry that holds the snapshot, e.g. <c>database/familybridge.db</c>.</summary>
    string EntryName { get; }

    /// <summary>Writes a snapshot to <paramref name="file"/> while the site keeps writing; returns rows per table in it.</summary>
    Task<IReadOnlyDictionary<string, long>> CaptureAsync(string file, CancellationToken cancellationToken);

    /// <summary>True when the target database already holds tables.</summary>
    Task<bool> HasDataAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the target database with the snapshot in <paramref name="file"/> (emptying it first).</summary>
    Task RestoreAsync(string file, CancellationToken cancellationToken);

    /// <summary>Rows per table in the target database now (used to report, and by the proof test).</summary>
    Task<IReadOnlyDictionary<string, long>> CountRowsAsync(CancellationToken cancellationToken);
}
