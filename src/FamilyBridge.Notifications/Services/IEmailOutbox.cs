using FamilyBridge.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Notifications.Services;

/// <summary>
/// The durable way to send email: a message becomes a row, and a background dispatcher delivers it, retries it
/// and, after too many failures, leaves it dead-lettered for an administrator to see. Nothing is lost when the
/// mail server is down or the site restarts.
/// </summary>
public interface IEmailOutbox
{
    /// <summary>
    /// Queues <paramref name="messages"/> inside the transaction already open on <paramref name="source"/> (another
    /// module's DbContext on the same database), so the messages exist if and only if the change that caused them
    /// commits. The caller commits; the dispatcher is woken after that commit is seen.
    /// </summary>
    /// <exception cref="InvalidOperationException"><paramref name="source"/> has no open transaction.</exception>
    Task EnqueueAsync(DbContext source, IReadOnlyCollection<EmailMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>Queues <paramref name="messages"/> in a transaction of its own (e.g. account emails) and wakes the dispatcher.</summary>
    Task EnqueueAsync(IReadOnlyCollection<EmailMessage> messages, CancellationToken cancellationToken = default);
}
