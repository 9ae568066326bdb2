using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Circles.Services;

/// <summary>
/// Decides who gets which consent email and records each as a delivery row (the outbox gate's key). Callers
/// save and hand the messages to the outbox in the same transaction as the change that caused them.
/// </summary>
public sealed class ConsentMailer(CirclesDbContext db, ConsentEmails emails, TimeProvider clock)
{
    /// <summary>Immediate emails for a new update, for every live consent it is in scope and audience for.</summary>
    public async Task<IReadOnlyList<EmailMessage>> PrepareForUpdateAsync(
        CircleUpdate update, IReadOnlyCollection<string> chosenUserIds, string ownerName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var now = clock.GetUtcNow().UtcDateTime;
        var grants = await db.ConsentGrants
            .Where(g => g.CircleId == update.CircleId && g.Status == ConsentStatus.Active && g.Frequency == ConsentFrequency.Immediately
                && g.ConfirmedUtc != null && g.ExpiresUtc > now)
            .ToListAsync(cancellationToken);
        grants = [.. grants.Where(g => ConsentRules.Covers(g.Scope, update.Kind) && ConsentRules.AudienceAllows(g, update, chosenUserIds))];
        if (grants.Count == 0)
        {
            return [];
        }

        var start = await PeriodStartAsync(update, cancellationToken);
        var messages = new List<EmailMessage>();
        foreach (var grant in grants)
        {
            var delivery = Record(grant, ConsentDeliveryKind.Update, [update.Id], now);
            messages.Add(emails.Update(grant, ownerName, update, start, delivery.Id));
        }

        return messages;
    }

    /// <summary>One digest of the updates since the last one that this consent lets through; null when there are none.</summary>
    public async Task<EmailMessage?> PrepareDigestAsync(ConsentGrant grant, string ownerName, DateTime utcNow, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var since = grant.LastDigestUtc ?? grant.ConfirmedUtc ?? grant.CreatedUtc;
        var candidates = await db.Updates.AsNoTracking()
            .Where(u => u.CircleId == grant.CircleId && u.DeletedUtc == null && u.CreatedUtc > since && u.CreatedUtc <= utcNow)
            .OrderBy(u => u.CreatedUtc)
            .ToListAsync(cancellationToken);
        var ids = candidates.Select(u => u.Id).ToList();
        var chosen = grant.RecipientUserId is string member
            ? await db.UpdateAudience.Where(a => ids.Contains(a.UpdateId) && a.UserId == member).Select(a => a.UpdateId).ToListAsync(cancellationToken)
            : [];
        var included = candidates
            .Where(u => ConsentRules.Covers(grant.Scope, u.Kind) && (u.AudienceAll || chosen.Contains(u.Id)))
            .Take(50)
            .ToList();
        if (included.Count == 0)
        {
            return null;
        }

        var withStarts = new List<(CircleUpdate, DateOnly?)>();
        foreach (var update in included)
        {
            withStarts.Add((update, await PeriodStartAsync(update, cancellationToken)));
        }

        var delivery = Record(grant, ConsentDeliveryKind.Digest, [.. included.Select(u => u.Id)], utcNow);
        return emails.Digest(grant, ownerName, withStarts, delivery.Id);
    }

    public ConsentDelivery Record(ConsentGrant grant, ConsentDeliveryKind kind, IReadOnlyList<string> updateIds, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(updateIds);
        var delivery = new ConsentDelivery
        {
            Id = ContentIds.New(),
            GrantId = grant.Id,
            Kind = kind,
            UpdateIds = updateIds.Count == 0 ? null : string.Join(',', updateIds),
            CreatedUtc = utcNow,
        };
        db.ConsentDeliveries.Add(delivery);
        return delivery;
    }

    public async Task<string> OwnerNameAsync(string circleId, CancellationToken cancellationToken = default) =>
        await db.Members.Where(m => m.CircleId == circleId && m.IsOwner).Select(m => m.DisplayName).SingleAsync(cancellationToken);

    /// <summary>The owner's default language, which their own reminders are written in.</summary>
    public async Task<string> OwnerLanguageAsync(string circleId, CancellationToken cancellationToken = default) =>
        await db.Circles.Where(c => c.Id == circleId).Select(c => c.EmailLanguage).SingleAsync(cancellationToken);

    /// <summary>A milestone's run start, from which each email names it in its own language ("1 year", "1 año").</summary>
    private async Task<DateOnly?> PeriodStartAsync(CircleUpdate update, CancellationToken cancellationToken)
    {
        if (update is not { Kind: UpdateKind.Milestone, PeriodId: long periodId })
        {
            return null;
        }

        return await db.Periods.Where(p => p.Id == periodId).Select(p => (DateOnly?)p.StartDate).SingleOrDefaultAsync(cancellationToken);
    }
}
