using FamilyBridge.Notifications.Models;

namespace FamilyBridge.Notifications.Services;

/// <summary>
/// Hands one message to the mail system now. Callers outside this module depend on this door only, so a later
/// durable outbox can sit behind it without changing them.
/// </summary>
public interface IMailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
