using MimeKit;

namespace FamilyBridge.Notifications.Services;

/// <summary>Where the dispatcher hands messages: the SMTP server, or the pickup folder when none is configured.</summary>
public interface IMailTransport
{
    /// <summary>Opens one session (one SMTP connection) for a batch.</summary>
    /// <exception cref="MailServerUnreachableException">The server could not be reached or refused the session.</exception>
    Task<IMailTransportSession> OpenAsync(CancellationToken cancellationToken);
}

/// <summary>One open session; the dispatcher sends a whole batch through it.</summary>
public interface IMailTransportSession : IAsyncDisposable
{
    /// <summary>False once the connection broke; the dispatcher opens a new session for the rest of the batch.</summary>
    bool IsUsable { get; }

    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
