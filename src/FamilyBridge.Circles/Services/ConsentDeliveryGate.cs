using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using FamilyBridge.Notifications.Services;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Circles.Services;

/// <summary>
/// Asked by the outbox just before each consent email goes: is the consent still live, is the recipient still in
/// the circle, and may every update the email carries still reach them? An email written under a consent that has
/// since been revoked, unsubscribed, expired or ended is never sent. Reasons name no circle content.
/// </summary>
public sealed class ConsentDeliveryGate(CirclesDbContext db, TimeProvider clock) : IOutboxDeliveryGate
{
    public string KeyPrefix => ConsentEmails.GatePrefix;

    public async Task<DeliveryDecision> CheckAsync(string deliveryGateKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deliveryGateKey);
        var id = deliveryGateKey.StartsWith(KeyPrefix, StringComparison.Ordinal) ? deliveryGateKey[KeyPrefix.Length..] : "";
        var delivery = await db.ConsentDeliveries.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        var grant = delivery is null ? null : await db.ConsentGrants.AsNoTracking().SingleOrDefaultAsync(g => g.Id == delivery.GrantId, cancellationToken);
        if (delivery is null || grant is null)
        {
            return DeliveryDecision.Cancel("The sharing this email belonged to no longer exists.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (delivery.Kind == ConsentDeliveryKind.Confirmation)
        {
            return grant.Status == ConsentStatus.Pending && grant.ConfirmExpiresUtc > now
                ? DeliveryDecision.Send
                : DeliveryDecision.Cancel($"The sharing is no longer waiting for a yes ({grant.Status}).");
        }

        if (grant.Status != ConsentStatus.Active)
        {
            return DeliveryDecision.Cancel($"The sharing has stopped ({grant.Status}).");
        }

        if (grant.ExpiresUtc <= now)
        {
            return DeliveryDecision.Cancel("The sharing reached its end date.");
        }

        if (delivery.Kind == ConsentDeliveryKind.Reminder)
        {
            return DeliveryDecision.Send;
        }

        if (grant.RecipientUserId is string member
            && !await db.Members.AnyAsync(m => m.CircleId == grant.CircleId && m.UserId == member && m.Status == MemberStatus.Active, cancellationToken))
        {
            return DeliveryDecision.Cancel("The recipient is no longer in the circle.");
        }

        var updateIds = (delivery.UpdateIds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var updates = await db.Updates.AsNoTracking()
            .Where(u => updateIds.Contains(u.Id) && u.CircleId == grant.CircleId && u.DeletedUtc == null)
            .ToListAsync(cancellationToken);
        var chosen = grant.RecipientUserId is string recipient
            ? await db.UpdateAudience.Where(a => updateIds.Contains(a.UpdateId) && a.UserId == recipient).Select(a => a.UpdateId).ToListAsync(cancellationToken)
            : [];

        // The email cannot be rewritten once queued, so one update that may no longer go stops the whole email.
        if (updates.Count != updateIds.Length)
        {
            return DeliveryDecision.Cancel("An update in this email was deleted.");
        }

        // An edit may have taken words back; the queued email still holds the old ones.
        if (updates.Any(u => u.EditedUtc > delivery.CreatedUtc))
        {
            return DeliveryDecision.Cancel("An update in this email was changed after the email was written.");
        }

        return updates.All(u => ConsentRules.Covers(grant.Scope, u.Kind) && (u.AudienceAll || chosen.Contains(u.Id)))
            ? DeliveryDecision.Send
            : DeliveryDecision.Cancel("An update in this email is no longer shared with this person.");
    }
}
