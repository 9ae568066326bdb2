using FamilyBridge.Accounts.Events;
using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using FamilyBridge.Core.Events;
using FamilyBridge.Notifications.Services;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Circles.Handlers;

/// <summary>
/// A deleted account takes its circles with it: circles it owned go whole (the person in recovery decided what
/// was shared, and nobody else may keep it), and in other circles its membership, replies, audiences and ticks go.
/// Audit lines in other circles keep the event but lose who it was. Email sharing set up by the account goes with
/// its circles; sharing with the account ends, and its address is erased.
/// </summary>
public sealed class AccountDeletingHandler(
    CirclesDbContext db,
    IAccountEmails accountEmails,
    IMailSender mail,
    TimeProvider clock) : IDomainEventHandler<AccountDeleting>
{
    public const string DeletedAccount = "deleted-account";

    public async Task HandleAsync(AccountDeleting domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var userId = domainEvent.UserId;
        var owned = await db.Circles.Where(c => c.OwnerUserId == userId).Select(c => c.Id).ToListAsync(cancellationToken);
        await TellMembersAsync(userId, owned, cancellationToken);

        // Updates the person wrote in a circle they handed over go too, with the replies to them.
        var ownedUpdates = db.Updates.Where(u => owned.Contains(u.CircleId) || u.AuthorUserId == userId).Select(u => u.Id);

        await EndConsentsAsync(userId, owned, cancellationToken);
        await db.UpdateAudience.Where(a => ownedUpdates.Contains(a.UpdateId) || a.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Replies.Where(r => owned.Contains(r.CircleId) || r.UserId == userId || ownedUpdates.Contains(r.UpdateId)).ExecuteDeleteAsync(cancellationToken);
        await db.Updates.Where(u => owned.Contains(u.CircleId) || u.AuthorUserId == userId).ExecuteDeleteAsync(cancellationToken);
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

    /// <summary>
    /// Everyone still in a circle that closes hears it from the site, not by finding it gone. The email names
    /// neither the circle nor anything in it (inbox previews are not private).
    /// </summary>
    private async Task TellMembersAsync(string userId, List<string> owned, CancellationToken cancellationToken)
    {
        var members = await db.Members.AsNoTracking()
            .Where(m => owned.Contains(m.CircleId) && m.Status == MemberStatus.Active && m.UserId != userId)
            .ToListAsync(cancellationToken);
        var owners = await db.Members.AsNoTracking().Where(m => owned.Contains(m.CircleId) && m.IsOwner)
            .ToDictionaryAsync(m => m.CircleId, m => m.DisplayName, cancellationToken);
        foreach (var member in members)
        {
            if (await accountEmails.FindEmailAsync(member.UserId, cancellationToken) is not { } email)
            {
                continue;
            }

            var owner = owners.GetValueOrDefault(member.CircleId, "The person who started it");
            await mail.SendAsync(EmailLayout.Compose(
                email,
                member.DisplayName,
                ClosedSubject,
                [
                    $"{owner} has closed a private family circle you were part of on FamilyBridge, and deleted their account.",
                    "Everything shared in the circle, including replies, has been deleted. Nothing else about your own account has changed.",
                    "If this is hard news, the helplines on the site are there for families too.",
                ]), cancellationToken);
        }
    }

    public const string ClosedSubject = "A family circle you were part of has closed";

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
