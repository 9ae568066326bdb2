using MimeKit;

namespace FamilyBridge.E2E.Infrastructure;

/// <summary>Reads the site's mail pickup folder (App_Data/mail/*.eml), where mail goes with no SMTP server set.</summary>
public static class PickupMailbox
{
    /// <summary>Waits (up to 10 s) for the first message addressed to <paramref name="to"/> (with that subject, when given).</summary>
    public static async Task<MimeMessage> WaitForMailAsync(string appDataPath, string to, string? subject = null)
    {
        var folder = Path.Combine(appDataPath, "mail");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.GetFiles(folder, "*.eml"))
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => m.Address == to) && (subject is null || message.Subject == subject))
                    {
                        return message;
                    }
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No email to {to} in {folder}.");
    }
}
