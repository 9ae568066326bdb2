using FamilyBridge.Backup.Models;
using FamilyBridge.Backup.Services;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.Backup.Hosting;

/// <summary>
/// Writes an archive every <c>Backup:Schedule</c> into <c>Backup:Folder</c>, keeps the newest <c>Backup:Keep</c>, and
/// runs at once when an administrator presses "Back up now". A failure is recorded for /admin, never thrown.
/// </summary>
public sealed class ScheduledBackupService(
    BackupSchedule schedule, BackupService backups, TimeProvider clock, ILogger<ScheduledBackupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Timeout.InfiniteTimeSpan;
            if (schedule.Enabled)
            {
                var due = (schedule.LastResult?.StartedUtc ?? DateTimeOffset.MinValue) + schedule.Options.Schedule!.Value;
                wait = due <= clock.GetUtcNow() ? TimeSpan.Zero : due - clock.GetUtcNow();
                // Timeouts above int.MaxValue milliseconds are refused; a daily schedule is far below.
                wait = TimeSpan.FromMilliseconds(Math.Min(wait.TotalMilliseconds, int.MaxValue - 1));
            }

            try
            {
                await schedule.WaitForRequestAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RunOnceAsync(stoppingToken);
        }
    }

    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        try
        {
            var result = await backups.CreateAsync(schedule.NextFile(started), cancellationToken);
            schedule.Record(result);
            var pruned = schedule.Prune();
            logger.LogInformation("Scheduled backup done; {Pruned} older archives removed.", pruned);
        }
        catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException or InvalidOperationException
            || e is System.Data.Common.DbException)
        {
            logger.LogError(e, "Scheduled backup failed.");
            schedule.Record(new BackupResult(started, clock.GetUtcNow(), false, null, 0, 0, 0, e.Message));
        }
    }
}
