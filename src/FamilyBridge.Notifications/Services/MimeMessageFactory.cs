using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Options;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FamilyBridge.Notifications.Services;

/// <summary>Turns our message model into MIME: text and HTML alternatives, our sender, extra headers.</summary>
public sealed class MimeMessageFactory(IOptions<SmtpOptions> options)
{
    public MimeMessage Create(EmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (SensitiveWords.Find(message.Subject) is { } word)
        {
            throw new ArgumentException($"An email subject must not carry sensitive words ('{word}').", nameof(message));
        }

        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.To));
        mime.Subject = message.Subject;
        foreach (var (name, value) in message.Headers)
        {
            mime.Headers.Add(name, value);
        }

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
