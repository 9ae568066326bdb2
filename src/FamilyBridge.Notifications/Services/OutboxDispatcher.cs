using FamilyBridge.Notifications.Data;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Notifications.Services;

/// <summary>
/// Delivers the outbox: claims a batch of due rows, sends them through one transport session (one SMTP
/// connection), and records each row the moment its own send succeeds, so a crash resends at most the message
/// that was in flight. Rows a crashed process left in <see cref="OutboxStatus.Sending"/> are retried at start-up.
/// </summary>
/// <remarks>
/// An unreachable mail server is not any message's fault: it does not count as an attempt (so an outage never
/// dead-letters mail); the batch waits with a back-off that grows while the outage lasts. A failure that happens
/// while one message is being handed over counts against that message only, which caps a message that itself
/// breaks the connection at <see cref="OutboxOptions.MaxAttempts"/>.
/// </remarks>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    OutboxBatchSender sender,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan ExpectedPollInterval = TimeSpan.FromMilliseconds(100);

    private readonly DateTime _startedUtc = clock.GetUtcNow().UtcDateTime;

    /// <summary>True while the background loop runs in this process.</summary>
    public bool IsRunning { get; private set; }

    /// <summary>One pass over the due messages (at most one batch). Tests call it to step the outbox by hand.</summary>
    public Task<DispatchResult> DispatchOnceAsync(CancellationToken cancellationToken = default) =>
        DispatchAsync(null, cancellationToken);

    /// <summary>Delivers these just-queued messages now (when no background loop runs in this process).</summary>
    public Task<DispatchResult> DeliverNowAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) =>
        DispatchAsync(ids, cancellationToken);

    /// <summary>Puts rows a stopped process left half-sent back in the queue; returns how many.</summary>
    public async Task<int> RecoverInterruptedAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var recovered = await db.Outbox
            .Where(m => m.Status == OutboxStatus.Sending && (m.ClaimedUtc == null || m.ClaimedUtc < _startedUtc))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.FailedWillRetry)
                    .SetProperty(m => m.NextAttemptUtc, now)
                    .SetProperty(m => m.ClaimToken, (Guid?)null)
                    .SetProperty(m => m.LastError, "The site stopped while this message was being sent; it goes again."),
                cancellationToken);
        if (recovered > 0)
        {
            logger.LogWarning("{Count} outbox messages were being sent when the site stopped; they will be sent again.", recovered);
        }

        return recovered;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IsRunning = true;
        try
        {
            await RunSafelyAsync(() => RecoverInterruptedAsync(stoppingToken), stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                var result = await RunSafelyAsync(() => PassAsync(stoppingToken), stoppingToken);
                if (result is { Claimed: > 0, ServerUnreachable: false } && result.Claimed >= options.Value.BatchSize)
                {
                    continue; // A full batch: more may be due right now.
                }

                // After a failed pass, or one that found nothing to claim, only a wake-up or the poll starts the next:
                // a row that looks due but cannot be taken must not spin the loop.
                await WaitAsync(followDueTime: result is { Claimed: > 0 }, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            IsRunning = false;
        }
    }

    private async Task<DispatchResult> PassAsync(CancellationToken cancellationToken)
    {
        var expected = signal.Expected();
        if (expected.Count > 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            signal.Seen(await db.Outbox.Where(m => expected.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken));
        }

        return await DispatchAsync(null, cancellationToken);
    }

    private async Task<T?> RunSafelyAsync<T>(Func<Task<T>> action, CancellationToken stoppingToken)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // A database hiccup must not stop mail for good: log it and look again at the next poll.
            logger.LogError(ex, "The outbox dispatcher pass failed; it will try again.");
            return default;
        }
    }

    private async Task WaitAsync(bool followDueTime, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        List<Task> wakers =
        [
            signal.WaitAsync(wait.Token),
            // Real time, not the injected clock: a frozen test clock must not stop the safety net.
            Task.Delay(signal.Expected().Count > 0 ? ExpectedPollInterval : settings.PollInterval, wait.Token),
        ];
        var nextDue = await RunSafelyAsync(() => NextDueAsync(stoppingToken), stoppingToken);
        if (nextDue is { } due)
        {
            // The injected clock: in tests, advancing a fake clock past a retry time wakes the loop.
            var untilDue = due - clock.GetUtcNow().UtcDateTime;
            wakers.Add(untilDue > TimeSpan.Zero || followDueTime
                ? Task.Delay(untilDue > TimeSpan.Zero ? untilDue : TimeSpan.Zero, clock, wait.Token)
                : Task.Delay(ExpectedPollInterval, wait.Token));
        }

        try
        {
            await Task.WhenAny(wakers);
        }
        finally
        {
            await wait.CancelAsync();
            await Task.WhenAll(wakers.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        }
    }

    private async Task<DateTime?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        return await db.Outbox
            .Where(m => m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.FailedWillRetry)
            .OrderBy(m => m.NextAttemptUtc)
            .Select(m => (DateTime?)m.NextAttemptUtc)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<DispatchResult> DispatchAsync(IReadOnlyCollection<long>? onlyIds, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = db.Outbox.Where(m => (m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.FailedWillRetry) && m.NextAttemptUtc <= now);
        if (onlyIds is not null)
        {
            due = due.Where(m => onlyIds.Contains(m.Id));
        }

        var ids = await due.OrderBy(m => m.Id).Select(m => m.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return DispatchResult.Nothing;
        }

        // The claim is a conditional update: if another pass took a row first, this one does not get it.
        var token = Guid.NewGuid();
        await db.Outbox
            .Where(m => ids.Contains(m.Id) && (m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.FailedWillRetry))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Sending)
                    .SetProperty(m => m.ClaimToken, token)
                    .SetProperty(m => m.ClaimedUtc, now),
                cancellationToken);
        var claimed = await db.Outbox.Where(m => m.ClaimToken == token && m.Status == OutboxStatus.Sending)
            .OrderBy(m => m.Id).ToListAsync(cancellationToken);
        if (!db.Database.IsSqlite())
        {
            return await sender.SendAsync(db, scope.ServiceProvider, claimed, token, cancellationToken);
        }

        // SQLite's default (FULL) syncs the disk on every commit, which halves the send rate. In WAL mode NORMAL
        // still survives a crash of the site (the case the outbox guards); only a power cut could forget the last
        // few "Sent" marks and resend those. Only this batch's connection, restored before it returns to the pool.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var previous = await db.Database.SqlQueryRaw<long>("PRAGMA synchronous").ToListAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL", cancellationToken);
        try
        {
            return await sender.SendAsync(db, scope.ServiceProvider, claimed, token, cancellationToken);
        }
        finally
        {
            var restore = previous.SingleOrDefault(2) switch
            {
                0 => "PRAGMA synchronous=OFF",
                1 => "PRAGMA synchronous=NORMAL",
                3 => "PRAGMA synchronous=EXTRA",
                _ => "PRAGMA synchronous=FULL",
            };
            await db.Database.ExecuteSqlRawAsync(restore, CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }
}
