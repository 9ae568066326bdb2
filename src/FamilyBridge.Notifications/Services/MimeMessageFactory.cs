using System.Text.Json;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Options;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FamilyBridge.Notifications.Services;

/// <summary>Turns our message model into MIME: text and HTML alternatives, our sender, extra headers.</summary>
public sealed class MimeMessageFactory(IOptions<SmtpOptions> options)
{
    /// <summary>Throws <see cref="ArgumentException"/> for a message that must never be queued.</summary>
    public static void Validate(EmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (SensitiveWords.Find(message.Subject) is { } word)
        {
            throw new ArgumentException($"An email subject must not carry sensitive words ('{word}').", nameof(message));
        }

        if (!MailboxAddress.TryParse(message.To, out var address) || address.Address != message.To.Trim())
        {
            throw new ArgumentException($"'{message.To}' is not an email address.", nameof(message));
        }
    }

    public MimeMessage Create(EmailMessage message)
    {
        Validate(message);
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

    /// <summary>Rebuilds a queued row as MIME, with the row's own Message-ID on every try.</summary>
    public MimeMessage Create(OutboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var mime = Create(ToEmail(row));
        mime.MessageId = row.MessageId;
        return mime;
    }

    public static EmailMessage ToEmail(OutboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new EmailMessage
        {
            To = row.Recipient,
            ToName = row.RecipientName,
            Subject = row.Subject,
            TextBody = row.TextBody ?? "",
            HtmlBody = row.HtmlBody,
            DeliveryGateKey = row.DeliveryGateKey,
            Headers = row.HeadersJson is null
                ? new Dictionary<string, string>()
                : JsonSerializer.Deserialize<Dictionary<string, string>>(row.HeadersJson) ?? [],
        };
    }
}
