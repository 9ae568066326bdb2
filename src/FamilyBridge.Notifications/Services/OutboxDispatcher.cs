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
/// that was in flight. Claims are leases (<see cref="OutboxOptions.ClaimLease"/>, renewed while a batch is sent):
/// rows a stopped or killed node left in <see cref="OutboxStatus.Sending"/> go again once their lease runs out, on
/// any node. On PostgreSQL the claim skips rows another node is claiming (<c>FOR UPDATE SKIP LOCKED</c>), so
/// several nodes share the queue without waiting on each other or sending a row twice.
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
    private readonly DateTime _startedUtc = clock.GetUtcNow().UtcDateTime;

    /// <summary>True while the background loop runs in this process.</summary>
    public bool IsRunning { get; private set; }

    /// <summary>One pass over the due messages (at most one batch). Tests call it to step the outbox by hand.</summary>
    public Task<DispatchResult> DispatchOnceAsync(CancellationToken cancellationToken = default) =>
        DispatchAsync(null, cancellationToken);

    /// <summary>Delivers these just-queued messages now (when no background loop runs in this process).</summary>
    public Task<DispatchResult> DeliverNowAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) =>
        DispatchAsync(ids, cancellationToken);

    /// <summary>
    /// Puts rows a stopped process left half-sent back in the queue; returns how many. Rows whose lease ran out
    /// always; on SQLite (one node only) also every row claimed before this process started.
    /// </summary>
    public async Task<int> RecoverInterruptedAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var staleBefore = now - options.Value.ClaimLease;
        var startedBefore = db.Database.IsSqlite() ? _startedUtc : staleBefore;
        var recovered = await db.Outbox
            .Where(m => m.Status == OutboxStatus.Sending && (m.ClaimedUtc == null || m.ClaimedUtc < staleBefore || m.ClaimedUtc < startedBefore))
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

    private Task<DispatchResult> PassAsync(CancellationToken cancellationToken) => DispatchAsync(null, cancellationToken);

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
            // The safety sweep, in real time: a frozen test clock must not stop it.
            Task.Delay(settings.PollInterval, wait.Token),
        ];
        var nextDue = await RunSafelyAsync(() => NextDueAsync(stoppingToken), stoppingToken);
        if (nextDue is { } due)
        {
            // The injected clock: in tests, advancing a fake clock past a retry time wakes the loop. A row that is
            // due now but was not claimed (another node has it) waits for a wake-up or the sweep, never a spin.
            var untilDue = due - clock.GetUtcNow().UtcDateTime;
            if (untilDue > TimeSpan.Zero || followDueTime)
            {
                wakers.Add(Task.Delay(untilDue > TimeSpan.Zero ? untilDue : TimeSpan.Zero, clock, wait.Token));
            }
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

    /// <summary>When the next row falls due: a retry time, or the end of another claim's lease.</summary>
    private async Task<DateTime?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var waiting = await db.Outbox
            .Where(m => m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.FailedWillRetry)
            .OrderBy(m => m.NextAttemptUtc)
            .Select(m => (DateTime?)m.NextAttemptUtc)
            .FirstOrDefaultAsync(cancellationToken);
        var claimed = await db.Outbox
            .Where(m => m.Status == OutboxStatus.Sending && m.ClaimedUtc != null)
            .OrderBy(m => m.ClaimedUtc)
            .Select(m => m.ClaimedUtc)
            .FirstOrDefaultAsync(cancellationToken);
        var leaseEnds = claimed + options.Value.ClaimLease;
        return waiting is null ? leaseEnds : leaseEnds is null || waiting < leaseEnds ? waiting : leaseEnds;
    }

    private async Task<DispatchResult> DispatchAsync(IReadOnlyCollection<long>? onlyIds, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid();
        var claimed = db.Database.IsNpgsql()
            ? await OutboxClaims.ClaimOnPostgresAsync(db, token, now, options.Value, onlyIds, cancellationToken)
            : await OutboxClaims.ClaimAsync(db, token, now, options.Value, onlyIds, cancellationToken);
        if (claimed.Count == 0)
        {
            return DispatchResult.Nothing;
        }

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
