using FamilyBridge.Core.Hosting;
using FamilyBridge.Notifications.Models;

namespace FamilyBridge.Notifications.Services;

/// <summary>
/// Writes each message as an <c>.eml</c> file under App_Data/mail, so a site with no mail server still works
/// and the person running it can open the confirmation link by hand.
/// </summary>
public sealed class PickupFolderMailSender(AppDataPaths paths, MimeMessageFactory factory, TimeProvider clock) : IMailSender
{
    public const string FolderName = "mail";

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var mime = factory.Create(message);
        var folder = paths.GetFolder(FolderName);
        // Time first so a directory listing reads in sending order; the random part keeps names unique.
        var name = $"{clock.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(folder, name + ".tmp");
        await mime.WriteToAsync(temporary, cancellationToken);
        // Readers (people, tests) only ever see whole files.
        File.Move(temporary, Path.Combine(folder, name));
    }
}
