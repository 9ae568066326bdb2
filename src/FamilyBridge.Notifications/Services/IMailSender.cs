using FamilyBridge.Notifications.Models;

namespace FamilyBridge.Notifications.Services;

/// <summary>
/// Sends one message (account confirmation, password reset, an invitation). It goes through the durable outbox
/// (<see cref="OutboxMailSender"/>): stored first, then delivered, so a mail server outage or a restart loses nothing.
/// </summary>
/// <exception cref="ArgumentException">The subject carries a sensitive word, or the address is not an address.</exception>
public interface IMailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
