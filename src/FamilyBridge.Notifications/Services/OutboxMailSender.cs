using FamilyBridge.Notifications.Models;

namespace FamilyBridge.Notifications.Services;

/// <summary>
/// The <see cref="IMailSender"/> other modules use for one-off mail (account confirmation, password reset):
/// the message goes through the outbox like every other, so it survives a mail server outage or a restart.
/// </summary>
public sealed class OutboxMailSender(EmailOutbox outbox) : IMailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await outbox.EnqueueOnItsOwnAsync([message], cancellationToken);
    }
}
