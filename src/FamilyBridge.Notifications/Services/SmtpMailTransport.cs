using System.Net.Sockets;
using FamilyBridge.Notifications.Options;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FamilyBridge.Notifications.Services;

/// <summary>MailKit over SMTP: one connection per session, reused for every message of a batch.</summary>
public sealed class SmtpMailTransport(IOptions<SmtpOptions> options) : IMailTransport
{
    private long _connectionsOpened;

    /// <summary>Connections opened since start (the benchmark reports it).</summary>
    public long ConnectionsOpened => Interlocked.Read(ref _connectionsOpened);

    public async Task<IMailTransportSession> OpenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var client = new SmtpClient();
        var security = settings.UseTls
            ? (settings.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls)
            : SecureSocketOptions.None;
        try
        {
            await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Smtp:Host is not set."), settings.Port, security, cancellationToken);
            Interlocked.Increment(ref _connectionsOpened);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }
        }
        catch (Exception ex) when (ex is SocketException or IOException or SmtpProtocolException or SmtpCommandException
            or AuthenticationException or SslHandshakeException or TimeoutException)
        {
            client.Dispose();
            throw new MailServerUnreachableException(
                $"Could not reach the mail server {settings.Host}:{settings.Port}: {ex.Message}", ex);
        }

        return new Session(client);
    }

    private sealed class Session(SmtpClient client) : IMailTransportSession
    {
        public bool IsUsable => client.IsConnected;

        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) =>
            client.SendAsync(message, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true);
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or ServiceNotConnectedException)
            {
                // The batch is already recorded; a connection that will not close politely changes nothing.
            }
            finally
            {
                client.Dispose();
            }
        }
    }
}
