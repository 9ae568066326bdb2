using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.Editor.Services;

/// <summary>Applies due publish and unpublish schedules every half minute, one scope per run.</summary>
public sealed partial class ScheduleRunner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduleRunner> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
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
