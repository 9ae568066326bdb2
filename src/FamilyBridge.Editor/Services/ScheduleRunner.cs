using FamilyBridge.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Editor.Services;

/// <summary>
/// Applies due publish and unpublish schedules every <see cref="ScheduleRunnerOptions.ScheduleInterval"/>, one scope
/// per run. With several nodes each pass runs under one cluster-wide lock, so a schedule is applied by one node once.
/// </summary>
public sealed partial class ScheduleRunner(
    IServiceScopeFactory scopes,
    ClusterLock clusterLock,
    IOptions<ScheduleRunnerOptions> options,
    TimeProvider clock,
    ILogger<ScheduleRunner> logger) : BackgroundService
{
    public const string LockName = "editor:schedule-runner";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ScheduleInterval, clock);
        do
        {
            try
            {
                // Another node holding the lock is applying the same schedules right now: this tick has nothing to do.
                await using var held = await clusterLock.TryAcquireAsync(LockName, stoppingToken);
                if (held is null)
                {
                    continue;
                }

                await using var scope = scopes.CreateAsyncScope();
                var applied = await scope.ServiceProvider.GetRequiredService<ContentScheduler>().RunDueAsync(clock.GetUtcNow(), stoppingToken);
                if (applied > 0)
                {
                    LogApplied(logger, applied);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; a schedule is marked done only after it was applied.
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} content schedule(s).")]
    private static partial void LogApplied(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Applying content schedules failed; retrying at the next tick.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
