using FamilyBridge.Notifications.Data;
using FamilyBridge.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Notifications.Services;

/// <summary>What administrators see of the outbox and may do with it. Bodies never leave this module's table.</summary>
public sealed class MailQueue(NotificationsDbContext db, OutboxSignal signal, TimeProvider clock)
{
    public const int ListLimit = 200;

    public async Task<IReadOnlyDictionary<OutboxStatus, int>> CountsAsync(CancellationToken cancellationToken = default)
    {
        var counts = await db.Outbox.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<OutboxStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    /// <summary>How many messages wait to be sent (queued, retrying or being sent) and when the oldest was queued.</summary>
    public async Task<(int Count, DateTime? OldestUtc)> WaitingAsync(CancellationToken cancellationToken = default)
    {
        var waiting = db.Outbox.AsNoTracking().Where(m =>
            m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.FailedWillRetry || m.Status == OutboxStatus.Sending);
        var count = await waiting.CountAsync(cancellationToken);
        var oldest = count == 0 ? null : await waiting.OrderBy(m => m.Id).Select(m => (DateTime?)m.CreatedUtc).FirstOrDefaultAsync(cancellationToken);
        return (count, oldest);
    }

    /// <summary>Messages that still need attention: waiting, failing, dead-lettered or cancelled; newest first.</summary>
    public async Task<IReadOnlyList<MailQueueEntry>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Outbox.AsNoTracking()
            .Where(m => m.Status != OutboxStatus.Sent)
            .OrderByDescending(m => m.Id)
            .Take(ListLimit)
            .Select(m => new MailQueueEntry(
                m.Id,
                m.Recipient,
                m.Subject,
                m.Status,
                m.Attempts,
                m.LastError,
                m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.FailedWillRetry ? m.NextAttemptUtc : null,
                m.CreatedUtc,
                m.LastAttemptUtc))
            .ToListAsync(cancellationToken);

    /// <summary>Puts a failed or dead-lettered message back in the queue with a fresh count of tries.</summary>
    public async Task<bool> RetryAsync(long id, CancellationToken cancellationToken = default)
    {
        var changed = await Retryable().Where(m => m.Id == id).ExecuteUpdateAsync(Requeue(), cancellationToken);
        signal.Wake();
        return changed > 0;
    }

    public async Task<int> RetryAllAsync(CancellationToken cancellationToken = default)
    {
        var changed = await Retryable().ExecuteUpdateAsync(Requeue(), cancellationToken);
        signal.Wake();
        return changed;
    }

    private IQueryable<OutboxMessage> Retryable() =>
        db.Outbox.Where(m => m.Status == OutboxStatus.DeadLettered || m.Status == OutboxStatus.FailedWillRetry);

    private Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<OutboxMessage>> Requeue()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return s => s.SetProperty(m => m.Status, OutboxStatus.Queued)
            .SetProperty(m => m.Attempts, 0)
            .SetProperty(m => m.NextAttemptUtc, now);
    }

    /// <summary>
    /// Takes a person's address out of the queue's history: waiting messages to it are cancelled, and every row keeps
    /// only a one-way hash in place of the address, with no name, body or headers. For a deleted account (all rows)
    /// or someone who unsubscribed (<paramref name="gatedOnly"/>: only the consented emails, whose rows carry a
    /// delivery gate; a member's own account emails are theirs to keep).
    /// </summary>
    public async Task<int> ForgetRecipientAsync(string address, bool gatedOnly = false, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return 0;
        }

        var lower = address.Trim().ToLowerInvariant();
        var rows = db.Outbox.Where(m => m.Recipient.ToLower() == lower && m.Status != OutboxStatus.Sending && (!gatedOnly || m.DeliveryGateKey != null));
        await rows.Where(m => m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.FailedWillRetry)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Cancelled), cancellationToken);
        var erased = ErasedAddress(lower);
        return await rows.ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Recipient, erased)
                .SetProperty(m => m.RecipientName, (string?)null)
                .SetProperty(m => m.TextBody, (string?)null)
                .SetProperty(m => m.HtmlBody, (string?)null)
                .SetProperty(m => m.HeadersJson, (string?)null),
            cancellationToken);
    }

    /// <summary>What an erased address becomes: a hash (so counts per person still add up) at a domain that cannot receive mail.</summary>
    public static string ErasedAddress(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(address.Trim().ToLowerInvariant()));
        return $"erased-{Convert.ToHexString(hash)[..24].ToLowerInvariant()}@erased.invalid";
    }
}
