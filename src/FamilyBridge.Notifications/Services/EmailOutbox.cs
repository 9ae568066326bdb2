using System.Text.Json;
using FamilyBridge.Core.Data;
using FamilyBridge.Notifications.Data;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FamilyBridge.Notifications.Services;

/// <summary>Writes messages as outbox rows and wakes the dispatcher.</summary>
public sealed class EmailOutbox(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    OutboxDispatcher dispatcher,
    IOptions<SmtpOptions> smtp,
    TimeProvider clock) : IEmailOutbox
{
    private const string NotifySql = "SELECT pg_notify('" + OutboxSignal.Channel + "', '')";

    public async Task EnqueueAsync(DbContext source, IReadOnlyCollection<EmailMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var transaction = source.Database.CurrentTransaction
            ?? throw new InvalidOperationException(
                "Queue emails inside the transaction of the change that causes them: begin a transaction on the context first.");
        var rows = ToRows(messages);
        if (rows.Count == 0)
        {
            return;
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            db.Database.SetDbConnection(source.Database.GetDbConnection(), contextOwnsConnection: false);
            await db.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
            db.Outbox.AddRange(rows);
            await db.SaveChangesAsync(cancellationToken);
            await NotifyNodesAsync(db, cancellationToken);
        }

        // The rows exist for the dispatcher only once the caller commits: wake it then, and not at all on rollback.
        AfterCommit.Register(transaction.GetDbTransaction(), signal.Wake);
    }

    public async Task EnqueueAsync(IReadOnlyCollection<EmailMessage> messages, CancellationToken cancellationToken = default) =>
        await EnqueueOnItsOwnAsync(messages, cancellationToken);

    /// <summary>
    /// Queues in a transaction of its own. When no dispatcher runs in this process (a command-line run, or a test
    /// composing modules without the web host) the messages are delivered at once rather than left waiting.
    /// </summary>
    public async Task<IReadOnlyList<long>> EnqueueOnItsOwnAsync(IReadOnlyCollection<EmailMessage> messages, CancellationToken cancellationToken)
    {
        var rows = ToRows(messages);
        if (rows.Count == 0)
        {
            return [];
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            db.Outbox.AddRange(rows);
            await db.SaveChangesAsync(cancellationToken);
            await NotifyNodesAsync(db, cancellationToken);
        }

        var ids = rows.Select(r => r.Id).ToList();
        if (dispatcher.IsRunning)
        {
            signal.Wake();
        }
        else
        {
            await dispatcher.DeliverNowAsync(ids, cancellationToken);
        }

        return ids;
    }

    /// <summary>
    /// On PostgreSQL, tells every node's <see cref="OutboxNotifyListener"/>. Inside a transaction, PostgreSQL holds the
    /// NOTIFY until that transaction commits and drops it on rollback: the wake-up can never come before the rows.
    /// </summary>
    private static async Task NotifyNodesAsync(NotificationsDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(NotifySql, cancellationToken);
        }
    }

    private List<OutboxMessage> ToRows(IReadOnlyCollection<EmailMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var now = clock.GetUtcNow().UtcDateTime;
        var domain = MailboxAddress.TryParse(smtp.Value.From, out var from) && from.Domain.Length > 0 ? from.Domain : "familybridge.local";
        List<OutboxMessage> rows = [];
        foreach (var message in messages)
        {
            // Refused here, where the caller can still tell the person, not later in the dispatcher.
            MimeMessageFactory.Validate(message);
            rows.Add(new OutboxMessage
            {
                MessageId = $"{Guid.NewGuid():N}@{domain}",
                Recipient = message.To.Trim(),
                RecipientName = message.ToName,
                Subject = message.Subject,
                TextBody = message.TextBody,
                HtmlBody = message.HtmlBody,
                HeadersJson = message.Headers.Count == 0 ? null : JsonSerializer.Serialize(message.Headers),
                DeliveryGateKey = message.DeliveryGateKey,
                Status = OutboxStatus.Queued,
                NextAttemptUtc = now,
                CreatedUtc = now,
            });
        }

        return rows;
    }
}
