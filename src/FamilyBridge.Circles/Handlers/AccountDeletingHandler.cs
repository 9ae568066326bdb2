using FamilyBridge.Accounts.Events;
using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using FamilyBridge.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Circles.Handlers;

/// <summary>
/// A deleted account takes its circles with it: circles it owned go whole (the person in recovery decided what
/// was shared, and nobody else may keep it), and in other circles its membership, replies, audiences and ticks go.
/// Audit lines in other circles keep the event but lose who it was. Email sharing set up by the account goes with
/// its circles; sharing with the account ends, and its address is erased.
/// </summary>
public sealed class AccountDeletingHandler(CirclesDbContext db, TimeProvider clock) : IDomainEventHandler<AccountDeleting>
{
    public const string DeletedAccount = "deleted-account";

    public async Task HandleAsync(AccountDeleting domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var userId = domainEvent.UserId;
        var owned = await db.Circles.Where(c => c.OwnerUserId == userId).Select(c => c.Id).ToListAsync(cancellationToken);
        var ownedUpdates = db.Updates.Where(u => owned.Contains(u.CircleId)).Select(u => u.Id);

        await EndConsentsAsync(userId, owned, cancellationToken);
        await db.UpdateAudience.Where(a => ownedUpdates.Contains(a.UpdateId) || a.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Replies.Where(r => owned.Contains(r.CircleId) || r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Updates.Where(u => owned.Contains(u.CircleId)).ExecuteDeleteAsync(cancellationToken);
        await db.PlanAudience.Where(a => owned.Contains(a.CircleId) || a.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.PlanItems.Where(p => owned.Contains(p.CircleId)).ExecuteDeleteAsync(cancellationToken);
        await db.ChecklistItems.Where(i => owned.Contains(i.CircleId)).ExecuteDeleteAsync(cancellationToken);
        await db.ChecklistItems.Where(i => i.CheckedByUserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.CheckedByUserId, (string?)null).SetProperty(i => i.CheckedUtc, (DateTime?)null), cancellationToken);
        await db.Invitations.Where(i => owned.Contains(i.CircleId)).ExecuteDeleteAsync(cancellationToken);
        await db.Invitations.Where(i => i.RespondedByUserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.RespondedByUserId, (string?)null), cancellationToken);
        await db.Periods.Where(p => owned.Contains(p.CircleId)).ExecuteDeleteAsync(cancellationToken);
        await db.Audit.Where(a => owned.Contains(a.CircleId)).ExecuteDeleteAsync(cancellationToken);
        await db.Audit.Where(a => a.ActorUserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ActorUserId, DeletedAccount), cancellationToken);
        await db.Audit.Where(a => a.SubjectUserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.SubjectUserId, DeletedAccount), cancellationToken);
        await db.Members.Where(m => owned.Contains(m.CircleId) || m.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Circles.Where(c => owned.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task EndConsentsAsync(string userId, List<string> owned, CancellationToken cancellationToken)
    {
        var ownedGrants = db.ConsentGrants.Where(g => owned.Contains(g.CircleId)).Select(g => g.Id);
        await db.ConsentDeliveries.Where(d => ownedGrants.Contains(d.GrantId)).ExecuteDeleteAsync(cancellationToken);
        await db.ConsentEvents.Where(e => owned.Contains(e.CircleId)).ExecuteDeleteAsync(cancellationToken);
        await db.ConsentGrants.Where(g => owned.Contains(g.CircleId)).ExecuteDeleteAsync(cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var received = await db.ConsentGrants.Where(g => g.RecipientUserId == userId).ToListAsync(cancellationToken);
        foreach (var grant in received)
        {
            if (grant.Status is ConsentStatus.Pending or ConsentStatus.Active)
            {
                grant.Status = ConsentStatus.Ended;
                grant.EndedUtc = now;
                db.ConsentEvents.Add(new ConsentEvent
                {
                    GrantId = grant.Id,
                    CircleId = grant.CircleId,
                    Action = ConsentActions.Ended,
                    ActorUserId = DeletedAccount,
                    Detail = "Their account was deleted",
                    CreatedUtc = now,
                });
            }

            grant.RecipientUserId = DeletedAccount;
            grant.RecipientEmail = "";
        }

        await db.ConsentEvents.Where(e => e.ActorUserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorUserId, DeletedAccount), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
