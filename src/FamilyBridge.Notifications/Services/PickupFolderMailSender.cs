using FamilyBridge.Core.Hosting;
using MimeKit;

namespace FamilyBridge.Notifications.Services;

/// <summary>
/// The transport when no mail server is configured: each message becomes an <c>.eml</c> file under App_Data/mail,
/// so a site with no mail server still works and the person running it can open the confirmation link by hand.
/// </summary>
public sealed class PickupFolderMailSender(AppDataPaths paths, TimeProvider clock) : IMailTransport, IMailTransportSession
{
    public const string FolderName = "mail";

    private static long _sequence;

    public bool IsUsable => true;

    public Task<IMailTransportSession> OpenAsync(CancellationToken cancellationToken) => Task.FromResult<IMailTransportSession>(this);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var folder = paths.GetFolder(FolderName);
        // Time, then a counter, so a directory listing reads in sending order even under a frozen test clock.
        var name = $"{clock.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Interlocked.Increment(ref _sequence):D8}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(folder, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken);
        // Readers (people, tests) only ever see whole files.
        File.Move(temporary, Path.Combine(folder, name));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
