using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Options;
using FamilyBridge.Core.Data;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Circles.Services;

/// <summary>
/// The consent clock: marks consents that reached their end date, reminds owners before that, and sends the
/// daily and weekly digests. One pass per interval; tests call <see cref="RunDueAsync"/> with the time they want.
/// With several nodes each pass runs under one cluster-wide lock, so no reminder or digest goes out twice.
/// </summary>
public sealed class ConsentScheduler(
    IServiceScopeFactory scopes,
    ClusterLock clusterLock,
    TimeProvider clock,
    IOptions<ConsentOptions> options,
    ILogger<ConsentScheduler> logger) : BackgroundService
{
    public const string LockName = "circles:consent-scheduler";

    /// <summary>One pass as of <paramref name="utcNow"/>; returns how many emails it queued.</summary>
    public async Task<int> RunDueAsync(DateTimeOffset utcNow, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDbContext>();
        var mailer = scope.ServiceProvider.GetRequiredService<ConsentMailer>();
        var emails = scope.ServiceProvider.GetRequiredService<ConsentEmails>();
        var outbox = scope.ServiceProvider.GetRequiredService<IEmailOutbox>();
        var accountEmails = scope.ServiceProvider.GetRequiredService<IAccountEmails>();
        var now = utcNow.UtcDateTime;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var expired = await db.ConsentGrants
            .Where(g => (g.Status == ConsentStatus.Active || g.Status == ConsentStatus.Pending) && g.ExpiresUtc <= now)
            .ToListAsync(cancellationToken);
        foreach (var grant in expired)
        {
            grant.Status = ConsentStatus.Expired;
            grant.EndedUtc = now;
            Record(db, grant, ConsentActions.Expired, now);
        }

        var messages = new List<EmailMessage>();
        var remindFrom = now + options.Value.ReminderBefore;
        var live = await db.ConsentGrants
            .Where(g => g.Status == ConsentStatus.Active && g.ExpiresUtc > now)
            .ToListAsync(cancellationToken);
        foreach (var grant in live)
        {
            var ownerName = await mailer.OwnerNameAsync(grant.CircleId, cancellationToken);
            if (grant.ReminderSentUtc is null && grant.ExpiresUtc <= remindFrom
                && await accountEmails.FindEmailAsync(grant.OwnerUserId, cancellationToken) is string ownerEmail)
            {
                var delivery = mailer.Record(grant, ConsentDeliveryKind.Reminder, [], now);
                var ownerLanguage = await mailer.OwnerLanguageAsync(grant.CircleId, cancellationToken);
                messages.Add(emails.Reminder(grant, ownerEmail, ownerName, ownerLanguage, delivery.Id));
                grant.ReminderSentUtc = now;
                Record(db, grant, ConsentActions.ReminderSent, now);
            }

            var period = grant.Frequency switch
            {
                ConsentFrequency.Daily => TimeSpan.FromDays(1),
                ConsentFrequency.Weekly => TimeSpan.FromDays(7),
                _ => (TimeSpan?)null,
            };
            var last = grant.LastDigestUtc ?? grant.ConfirmedUtc ?? grant.CreatedUtc;
            if (period is TimeSpan every && last + every <= now)
            {
                if (await mailer.PrepareDigestAsync(grant, ownerName, now, cancellationToken) is { } digest)
                {
                    messages.Add(digest);
                }

                grant.LastDigestUtc = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (messages.Count > 0)
        {
            await outbox.EnqueueAsync(db, messages, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (expired.Count > 0 || messages.Count > 0)
        {
            logger.LogInformation("Consent pass: {Expired} ended on their end date, {Queued} emails queued", expired.Count, messages.Count);
        }

        return messages.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.SchedulerInterval <= TimeSpan.Zero)
        {
            return;
        }

        // The first pass waits one interval, so start-up (migrations) is done before it reads the tables.
        using var timer = new PeriodicTimer(options.Value.SchedulerInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // Another node holding the lock is doing this pass right now; the next tick looks again.
                await using var held = await clusterLock.TryAcquireAsync(LockName, stoppingToken);
                if (held is not null)
                {
                    await RunDueAsync(clock.GetUtcNow(), stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One bad pass must not stop the next: expiry still has to happen.
                logger.LogError(e, "The consent pass failed; it runs again next interval");
            }
        }
    }

    private static void Record(CirclesDbContext db, ConsentGrant grant, string action, DateTime utcNow) =>
        db.ConsentEvents.Add(new ConsentEvent
        {
            GrantId = grant.Id,
            CircleId = grant.CircleId,
            Action = action,
            ActorUserId = ConsentEvent.System,
            CreatedUtc = utcNow,
        });
}
