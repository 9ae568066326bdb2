using System.Text.Json.Nodes;
using FamilyBridge.Core.PersonalData;
using FamilyBridge.Notifications.Data;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Notifications.Services;

/// <summary>The "emails" section of the data download: the emails the site queued or sent to the person's address.</summary>
public sealed class NotificationsPersonalData(NotificationsDbContext db) : IPersonalDataContributor
{
    public string Name => "emails";

    public string Description => "the emails this site queued or sent to your address: when, the subject and whether it was delivered.";

    public async Task<JsonNode> ExportAsync(PersonalDataSubject person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (string.IsNullOrEmpty(person.Email))
        {
            return new JsonArray();
        }

        var mails = await db.Outbox.AsNoTracking().Where(m => m.Recipient == person.Email).OrderBy(m => m.CreatedUtc)
            .Select(m => new { m.Subject, m.Status, m.CreatedUtc, m.SentUtc })
            .ToListAsync(cancellationToken);
        return new JsonArray([.. mails.Select(m => (JsonNode)new JsonObject
        {
            ["subject"] = m.Subject,
            ["status"] = m.Status.ToString(),
            ["queuedUtc"] = m.CreatedUtc,
            ["sentUtc"] = m.SentUtc,
        })]);
    }
}
