namespace FamilyBridge.Backup.Models;

/// <summary>The <c>Backup</c> settings: scheduled archives and where PostgreSQL's tools live.</summary>
public sealed class BackupOptions
{
    public const string SectionName = "Backup";

    /// <summary>Time between scheduled backups (e.g. <c>1.00:00:00</c> for daily); unset or zero: no schedule.</summary>
    public TimeSpan? Schedule { get; set; }

    /// <summary>Where scheduled backups go; absolute, or relative to App_Data. Defaults to <c>backups</c>.</summary>
    public string Folder { get; set; } = "backups";

    /// <summary>How many scheduled archives to keep in <see cref="Folder"/>; older ones are deleted.</summary>
    public int Keep { get; set; } = 7;

    /// <summary>
    /// The folder holding <c>pg_dump</c> and <c>pg_restore</c>. Unset: the PATH, then <c>pg_config --bindir</c>,
    /// then Debian's <c>/usr/lib/postgresql/&lt;newest&gt;/bin</c>.
    /// </summary>
    public string? PostgresBinPath { get; set; }
}
