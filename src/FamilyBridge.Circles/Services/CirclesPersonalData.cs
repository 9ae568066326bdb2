using System.Text.Json.Nodes;
using FamilyBridge.Circles.Data;
using FamilyBridge.Core.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Circles.Services;

/// <summary>
/// The "circles" section of the data download: the circles the person is or was in, what they shared (updates,
/// plan, replies), the checklist items they ticked, and the email-sharing consents they gave or received.
/// </summary>
public sealed class CirclesPersonalData(CirclesDbContext db) : IPersonalDataContributor
{
    public string Name => "circles";

    public string Description =>
        "the circles you are or were in, the updates, plan and replies you shared there, the checklist items you ticked, and the email-sharing consents you gave or received.";

    public async Task<JsonNode> ExportAsync(PersonalDataSubject person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var userId = person.UserId;
        var memberships = await db.Members.AsNoTracking().Where(m => m.UserId == userId)
            .Join(db.Circles.AsNoTracking(), m => m.CircleId, c => c.Id, (m, c) => new { m, c.Name })
            .ToListAsync(cancellationToken);
        var owned = memberships.Where(x => x.m.IsOwner).Select(x => x.m.CircleId).ToList();
        var periods = await db.Periods.AsNoTracking().Where(p => owned.Contains(p.CircleId)).OrderBy(p => p.StartDate).ToListAsync(cancellationToken);
        var updates = await db.Updates.AsNoTracking().Where(u => u.AuthorUserId == userId).OrderBy(u => u.CreatedUtc).ToListAsync(cancellationToken);
        var plan = await db.PlanItems.AsNoTracking().Where(p => owned.Contains(p.CircleId)).OrderBy(p => p.CreatedUtc).ToListAsync(cancellationToken);
        var replies = await db.Replies.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.CreatedUtc).ToListAsync(cancellationToken);
        var ticks = await db.ChecklistItems.AsNoTracking().Where(i => i.CheckedByUserId == userId).OrderBy(i => i.CheckedUtc).ToListAsync(cancellationToken);
        var email = person.Email ?? "";
        var consents = await db.ConsentGrants.AsNoTracking()
            .Where(g => g.OwnerUserId == userId || g.RecipientUserId == userId || g.RecipientEmail == email)
            .OrderBy(g => g.CreatedUtc).ToListAsync(cancellationToken);

        return new JsonObject
        {
            ["memberships"] = Array(memberships.Select(x => new JsonObject
            {
                ["circleId"] = x.m.CircleId,
                ["circleName"] = x.Name,
                ["yourName"] = x.m.DisplayName,
                ["owner"] = x.m.IsOwner,
                ["relationship"] = x.m.Relationship?.ToString(),
                ["timeZone"] = x.m.TimeZoneId,
                ["status"] = x.m.Status.ToString(),
                ["joinedUtc"] = x.m.JoinedUtc,
                ["endedUtc"] = x.m.EndedUtc,
            })),
            ["counter"] = Array(periods.Select(p => new JsonObject
            {
                ["circleId"] = p.CircleId,
                ["startDate"] = p.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["endDate"] = p.EndDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            })),
            ["updates"] = Array(updates.Select(u => new JsonObject
            {
                ["circleId"] = u.CircleId,
                ["kind"] = u.Kind.ToString(),
                ["mood"] = u.Mood,
                ["hardDay"] = u.HardDay,
                ["note"] = u.Note,
                ["milestoneDays"] = u.MilestoneDays,
                ["sharedWithEveryone"] = u.AudienceAll,
                ["createdUtc"] = u.CreatedUtc,
                ["deletedUtc"] = u.DeletedUtc,
            })),
            ["plan"] = Array(plan.Select(p => new JsonObject
            {
                ["circleId"] = p.CircleId,
                ["kind"] = p.Kind.ToString(),
                ["text"] = p.Text,
                ["strength"] = p.Strength,
                ["phone"] = p.Phone,
                ["createdUtc"] = p.CreatedUtc,
            })),
            ["replies"] = Array(replies.Select(r => new JsonObject
            {
                ["circleId"] = r.CircleId,
                ["updateId"] = r.UpdateId,
                ["message"] = r.Message,
                ["reaction"] = r.Reaction?.ToString(),
                ["createdUtc"] = r.CreatedUtc,
                ["hiddenUtc"] = r.HiddenUtc,
            })),
            ["checklistTicks"] = Array(ticks.Select(i => new JsonObject
            {
                ["circleId"] = i.CircleId,
                ["item"] = i.Text,
                ["checkedUtc"] = i.CheckedUtc,
            })),
            ["emailSharing"] = Array(consents.Select(g => new JsonObject
            {
                ["circleId"] = g.CircleId,
                ["youAre"] = g.OwnerUserId == userId ? "the person sharing" : "the person receiving",
                ["recipientName"] = g.RecipientName,
                ["recipientEmail"] = g.RecipientEmail,
                ["scope"] = g.Scope.ToString(),
                ["purpose"] = g.Purpose,
                ["frequency"] = g.Frequency.ToString(),
                ["status"] = g.Status.ToString(),
                ["createdUtc"] = g.CreatedUtc,
                ["confirmedUtc"] = g.ConfirmedUtc,
                ["expiresUtc"] = g.ExpiresUtc,
                ["endedUtc"] = g.EndedUtc,
            })),
        };
    }

    private static JsonArray Array(IEnumerable<JsonObject> items) => new([.. items]);
}
