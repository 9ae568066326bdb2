using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Options;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Notifications.Services;

/// <summary>Sends over SMTP with MailKit, one connection per message (account mail is rare and small).</summary>
public sealed class SmtpMailSender(IOptions<SmtpOptions> options, MimeMessageFactory factory) : IMailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var mime = factory.Create(message);
        using var client = new SmtpClient();
        var security = settings.UseTls
            ? (settings.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls)
            : SecureSocketOptions.None;
        await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Smtp:Host is not set."), settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
