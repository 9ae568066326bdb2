using System.Net.Sockets;
using FamilyBridge.Notifications.Data;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Options;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Notifications.Services;

/// <summary>Sends one claimed batch through one transport session and records the outcome of every row.</summary>
public sealed class OutboxBatchSender(
    IMailTransport transport,
    MimeMessageFactory mime,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    NotificationsMetrics metrics,
    ILogger<OutboxBatchSender> logger)
{
    private int _unreachableStreak;

    public async Task<DispatchResult> SendAsync(
        NotificationsDbContext db, IServiceProvider scoped, IReadOnlyList<OutboxMessage> batch, Guid token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(batch);
        var gates = scoped.GetServices<IOutboxDeliveryGate>().OrderByDescending(g => g.KeyPrefix.Length).ToList();
        int sent = 0, failed = 0, dead = 0, cancelled = 0;
        var unreachable = false;
        IMailTransportSession? session = null;
        var renewedUtc = clock.GetUtcNow().UtcDateTime;
        try
        {
            for (var i = 0; i < batch.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var row = batch[i];
                var now = clock.GetUtcNow().UtcDateTime;
                if (now - renewedUtc >= options.Value.ClaimLease / 3)
                {
                    // A slow batch keeps its claim, so no other node takes these rows while this one still sends them.
                    await OutboxClaims.RenewAsync(db, token, now);
                    renewedUtc = now;
                }

                if (row.DeliveryGateKey is { } key)
                {
                    var gate = gates.FirstOrDefault(g => key.StartsWith(g.KeyPrefix, StringComparison.Ordinal));
                    if (gate is null)
                    {
                        // Never send what nobody can vouch for; dead-lettered (not cancelled) so it can go once the check is back.
                        logger.LogWarning("Outbox message {Id} has a delivery check key no module answers for; it is held.", row.Id);
                        await DeadLetterAsync(db, row, "No delivery check is registered for this kind of message.", cancellationToken);
                        dead++;
                        continue;
                    }

                    DeliveryDecision decision;
                    try
                    {
                        decision = await gate.CheckAsync(key, cancellationToken);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        logger.LogError(ex, "The delivery check for outbox message {Id} failed.", row.Id);
                        if (await FailAsync(db, row, $"The delivery check failed: {ex.Message}", cancellationToken))
                        {
                            dead++;
                        }
                        else
                        {
                            failed++;
                        }

                        continue;
                    }

                    if (!decision.MaySend)
                    {
                        await CancelAsync(db, row, decision.Reason ?? "The delivery check said no.", cancellationToken);
                        cancelled++;
                        continue;
                    }
                }

                MimeKit.MimeMessage message;
                try
                {
                    message = mime.Create(row);
                }
                catch (Exception ex) when (ex is ArgumentException or System.Text.Json.JsonException or FormatException)
                {
                    await DeadLetterAsync(db, row, $"The message cannot be built: {ex.Message}", cancellationToken);
                    dead++;
                    continue;
                }

                if (session is not { IsUsable: true })
                {
                    if (session is not null)
                    {
                        await session.DisposeAsync();
                        session = null;
                    }

                    try
                    {
                        session = await transport.OpenAsync(cancellationToken);
                        _unreachableStreak = 0;
                    }
                    catch (MailServerUnreachableException ex)
                    {
                        unreachable = true;
                        await PostponeAsync(db, batch.Skip(i).ToList(), ex.Message, cancellationToken);
                        break;
                    }
                }

                try
                {
                    await session.SendAsync(message, cancellationToken);
                }
                catch (SmtpCommandException ex)
                {
                    // The server answered for this message only (e.g. "550 5.1.1 mailbox unavailable"); the rest go on.
                    if (await FailAsync(db, row, $"{(int)ex.StatusCode} {ex.Message}", cancellationToken))
                    {
                        dead++;
                    }
                    else
                    {
                        failed++;
                    }

                    continue;
                }
                catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or ServiceNotConnectedException)
                {
                    // The connection broke while this message was in flight: it counts for this one; the next reconnects.
                    if (await FailAsync(db, row, $"The connection broke while sending: {ex.Message}", cancellationToken))
                    {
                        dead++;
                    }
                    else
                    {
                        failed++;
                    }

                    await session.DisposeAsync();
                    session = null;
                    continue;
                }

                await MarkSentAsync(db, row, cancellationToken);
                sent++;
            }
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }

            // Stopped part-way (shutdown): what this pass claimed but did not reach goes back in the queue now.
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Outbox.Where(m => m.ClaimToken == token && m.Status == OutboxStatus.Sending)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.FailedWillRetry).SetProperty(m => m.NextAttemptUtc, now), CancellationToken.None);
        }

        if (sent + failed + dead + cancelled > 0 || unreachable)
        {
            logger.LogInformation(
                "Outbox pass: {Sent} sent, {Failed} to retry, {Dead} dead-lettered, {Cancelled} cancelled, server unreachable: {Unreachable}.",
                sent, failed, dead, cancelled, unreachable);
        }

        return new DispatchResult(batch.Count, sent, failed, dead, cancelled, unreachable);
    }

    private async Task MarkSentAsync(NotificationsDbContext db, OutboxMessage row, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // One plain UPDATE, and not the caller's token: once the server has the message, the row must say so even
        // if shutdown began. The bodies and headers go in the same statement.
        await db.Outbox.Where(m => m.Id == row.Id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, OutboxStatus.Sent)
                .SetProperty(m => m.SentUtc, now)
                .SetProperty(m => m.LastAttemptUtc, now)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.ClaimToken, (Guid?)null)
                .SetProperty(m => m.TextBody, (string?)null)
                .SetProperty(m => m.HtmlBody, (string?)null)
                .SetProperty(m => m.HeadersJson, (string?)null),
            CancellationToken.None);
        db.Entry(row).State = EntityState.Detached;
        metrics.Sent(row.CreatedUtc, now);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task CancelAsync(NotificationsDbContext db, OutboxMessage row, string reason, CancellationToken cancellationToken)
    {
        row.Status = OutboxStatus.Cancelled;
        row.LastError = Trim(reason);
        row.LastAttemptUtc = clock.GetUtcNow().UtcDateTime;
        row.ClaimToken = null;
        Erase(row);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task DeadLetterAsync(NotificationsDbContext db, OutboxMessage row, string reason, CancellationToken cancellationToken)
    {
        row.Status = OutboxStatus.DeadLettered;
        row.LastError = Trim(reason);
        row.LastAttemptUtc = clock.GetUtcNow().UtcDateTime;
        row.ClaimToken = null;
        await db.SaveChangesAsync(cancellationToken);
        metrics.DeadLettered();
    }

    /// <summary>Counts a failed try; returns true when that was the last one allowed (dead-lettered).</summary>
    private async Task<bool> FailAsync(NotificationsDbContext db, OutboxMessage row, string error, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        row.Attempts++;
        row.LastAttemptUtc = now;
        row.LastError = Trim(error);
        row.ClaimToken = null;
        var dead = row.Attempts >= settings.MaxAttempts;
        if (dead)
        {
            row.Status = OutboxStatus.DeadLettered;
            logger.LogWarning("Outbox message {Id} was dead-lettered after {Attempts} tries: {Error}", row.Id, row.Attempts, row.LastError);
        }
        else
        {
            row.Status = OutboxStatus.FailedWillRetry;
            row.NextAttemptUtc = now + RetrySchedule.Delay(row.Attempts, settings.BaseRetryDelay, settings.MaxRetryDelay, Random.Shared.NextDouble());
        }

        await db.SaveChangesAsync(CancellationToken.None);
        if (dead)
        {
            metrics.DeadLettered();
        }
        else
        {
            metrics.Failed();
        }

        return dead;
    }

    /// <summary>The server is down: the rows wait, without counting a try, for a back-off that grows with the outage.</summary>
    private async Task PostponeAsync(NotificationsDbContext db, List<OutboxMessage> rows, string error, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var streak = Interlocked.Increment(ref _unreachableStreak);
        var now = clock.GetUtcNow().UtcDateTime;
        var next = now + RetrySchedule.Delay(streak, settings.BaseRetryDelay, settings.MaxRetryDelay, Random.Shared.NextDouble());
        logger.LogWarning("The mail server could not be reached ({Error}); {Count} messages wait until {Next:u}.", error, rows.Count, next);
        foreach (var row in rows)
        {
            row.Status = OutboxStatus.FailedWillRetry;
            row.NextAttemptUtc = next;
            row.LastError = Trim(error);
            row.ClaimToken = null;
        }

        await db.SaveChangesAsync(CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static void Erase(OutboxMessage row)
    {
        // Circle news must not sit at rest once it is delivered or will never be.
        row.TextBody = null;
        row.HtmlBody = null;
        row.HeadersJson = null;
    }

    private static string Trim(string text) =>
        text.Length <= OutboxMessage.MaxErrorLength ? text : text[..OutboxMessage.MaxErrorLength];
}
