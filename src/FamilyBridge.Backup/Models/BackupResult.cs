namespace FamilyBridge.Backup.Models;

/// <summary>What one backup run did: shown on /admin/backups and printed by <c>backup create</c>.</summary>
public sealed record BackupResult(
    DateTimeOffset StartedUtc,
    DateTimeOffset FinishedUtc,
    bool Succeeded,
    string? FilePath,
    long SizeBytes,
    int MediaFiles,
    long Rows,
    string? Error)
{
    public TimeSpan Duration => FinishedUtc - StartedUtc;
}
