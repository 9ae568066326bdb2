using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Notifications.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.Circles.Services;

/// <summary>The owner's updates and the members' encouragement. Every read is filtered by the viewer's audience.</summary>
public sealed class UpdateService(
    CirclesDbContext db,
    CircleAccess access,
    ConsentMailer consentMailer,
    IEmailOutbox outbox,
    TimeProvider clock,
    ILogger<UpdateService> logger)
{
    public const int MaxNoteLength = 2000;

    public async Task<string> PostAsync(string circleId, string ownerUserId, UpdateInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var owner = await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        Validate(input);
        var audience = input.AudienceAll ? [] : await access.CheckAudienceAsync(circleId, input.AudienceUserIds, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        long? periodId = null;
        if (input.Kind == UpdateKind.Milestone)
        {
            var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.CircleId == circleId && p.EndDate == null, cancellationToken)
                ?? throw new CircleRuleException("Set a start date first: milestones count from it.");

            // Only a milestone the counter has reached: "2147483647 days" is not a thing anyone can share.
            if (!Milestones.Reached(period.StartDate, TimeZones.Today(clock, owner.TimeZoneId)).Contains(input.MilestoneDays!.Value))
            {
                throw new CircleRuleException("You can share a milestone once your counter reaches it.");
            }

            periodId = period.Id;
        }

        var update = new CircleUpdate
        {
            Id = ContentIds.New(),
            CircleId = circleId,
            AuthorUserId = owner.UserId,
            Kind = input.Kind,
            Mood = input.Kind == UpdateKind.CheckIn ? input.Mood : null,
            HardDay = input.Kind == UpdateKind.CheckIn && input.HardDay,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            MilestoneDays = input.Kind == UpdateKind.Milestone ? input.MilestoneDays : null,
            PeriodId = periodId,
            AudienceAll = input.AudienceAll,
            CreatedUtc = now,
        };
        db.Updates.Add(update);
        db.UpdateAudience.AddRange(audience.Select(u => new UpdateAudienceMember { UpdateId = update.Id, UserId = u }));
        if (!input.AudienceAll)
        {
            access.Audit(circleId, owner.UserId, AuditActions.UpdateAudience, now, detail: $"Shared with {audience.Count} chosen {(audience.Count == 1 ? "person" : "people")}");
        }

        await SaveWithConsentEmailsAsync(update, audience, owner.DisplayName, cancellationToken);
        logger.LogInformation("Update {UpdateId} posted in circle {CircleId}", update.Id, circleId);
        return update.Id;
    }

    /// <summary>
    /// Saves a new update (already added to the context) and queues the emails it causes under live consents in
    /// the same transaction: the emails exist if and only if the update does.
    /// </summary>
    internal async Task SaveWithConsentEmailsAsync(CircleUpdate update, IReadOnlyCollection<string> audience, string ownerName, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var messages = await consentMailer.PrepareForUpdateAsync(update, audience, ownerName, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (messages.Count > 0)
        {
            await outbox.EnqueueAsync(db, messages, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task EditAsync(string circleId, string ownerUserId, string updateId, UpdateInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var owner = await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        var update = await FindLiveAsync(circleId, updateId, cancellationToken);
        input.Kind = update.Kind;
        input.MilestoneDays = update.MilestoneDays;
        Validate(input);
        var audience = input.AudienceAll ? [] : await access.CheckAudienceAsync(circleId, input.AudienceUserIds, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (update.Kind == UpdateKind.CheckIn)
        {
            update.Mood = input.Mood;
            update.HardDay = input.HardDay;
        }

        update.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        update.EditedUtc = now;
        var before = await db.UpdateAudience.Where(a => a.UpdateId == update.Id).ToListAsync(cancellationToken);
        var changed = update.AudienceAll != input.AudienceAll
            || !before.Select(a => a.UserId).Order(StringComparer.Ordinal).SequenceEqual(audience.Order(StringComparer.Ordinal));
        if (changed)
        {
            db.UpdateAudience.RemoveRange(before);
            db.UpdateAudience.AddRange(audience.Select(u => new UpdateAudienceMember { UpdateId = update.Id, UserId = u }));
            update.AudienceAll = input.AudienceAll;
            access.Audit(circleId, owner.UserId, AuditActions.UpdateAudience, now,
                detail: input.AudienceAll ? "Update shared with everyone" : $"Update shared with {audience.Count} chosen {(audience.Count == 1 ? "person" : "people")}");
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Update {UpdateId} edited in circle {CircleId}", update.Id, circleId);
    }

    /// <summary>Soft delete: the content goes, the row stays so the audience reads "‹name› removed an update".</summary>
    public async Task DeleteAsync(string circleId, string ownerUserId, string updateId, CancellationToken cancellationToken = default)
    {
        await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        var update = await FindLiveAsync(circleId, updateId, cancellationToken);
        update.DeletedUtc = clock.GetUtcNow().UtcDateTime;
        update.Note = null;
        update.Mood = null;
        update.HardDay = false;
        await db.Replies.Where(r => r.UpdateId == update.Id).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Update {UpdateId} deleted in circle {CircleId}", update.Id, circleId);
    }

    /// <summary>The updates this member may see, newest first.</summary>
    public async Task<IReadOnlyList<UpdateView>> ListAsync(CircleMember viewer, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var updates = await Visible(viewer).OrderByDescending(u => u.CreatedUtc).Take(take).ToListAsync(cancellationToken);
        return await ToViewsAsync(viewer, updates, cancellationToken);
    }

    public async Task<UpdateDetail> GetAsync(string? circleId, string? updateId, string? userId, CancellationToken cancellationToken = default)
    {
        var me = await access.RequireMemberAsync(circleId, userId, cancellationToken);
        var update = await Visible(me).SingleOrDefaultAsync(u => u.Id == updateId, cancellationToken) ?? throw new CircleNotFoundException();
        var view = (await ToViewsAsync(me, [update], cancellationToken))[0];
        var circle = await db.Circles.AsNoTracking().SingleAsync(c => c.Id == me.CircleId, cancellationToken);
        var members = await db.Members.AsNoTracking()
            .Where(m => m.CircleId == me.CircleId && m.Status == MemberStatus.Active)
            .OrderBy(m => m.JoinedUtc)
            .ToListAsync(cancellationToken);
        var audience = me.IsOwner
            ? await db.UpdateAudience.Where(a => a.UpdateId == update.Id).Select(a => a.UserId).ToListAsync(cancellationToken)
            : [];
        return new UpdateDetail(circle, me, view, members, audience);
    }

    /// <summary>A written reply to an update the member can see.</summary>
    public async Task ReplyAsync(string circleId, string updateId, string userId, string? message, CancellationToken cancellationToken = default)
    {
        var me = await access.RequireMemberAsync(circleId, userId, cancellationToken);
        var update = await FindVisibleLiveAsync(me, updateId, cancellationToken);
        message = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        if (message is null)
        {
            throw new CircleRuleException("Write a short message, or send a reaction instead.");
        }

        if (message.Length > UpdateReply.MaxMessageLength)
        {
            throw new CircleRuleException($"Please keep your message to {UpdateReply.MaxMessageLength} characters.");
        }

        db.Replies.Add(new UpdateReply
        {
            Id = ContentIds.New(),
            CircleId = circleId,
            UpdateId = update.Id,
            UserId = me.UserId,
            Message = message,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Sends a reaction, or takes it back when this member already sent that one: a reaction is a pressed button,
    /// one of each kind per person. Returns true when the reaction is now there.
    /// </summary>
    public async Task<bool> ToggleReactionAsync(string circleId, string updateId, string userId, Reaction reaction, CancellationToken cancellationToken = default)
    {
        var me = await access.RequireMemberAsync(circleId, userId, cancellationToken);
        if (!Enum.IsDefined(reaction))
        {
            throw new CircleRuleException("Choose a reaction.");
        }

        var update = await FindVisibleLiveAsync(me, updateId, cancellationToken);
        var mine = await db.Replies
            .Where(r => r.UpdateId == update.Id && r.UserId == me.UserId && r.Message == null && r.Reaction == reaction)
            .ToListAsync(cancellationToken);
        if (mine.Count > 0)
        {
            db.Replies.RemoveRange(mine);
        }
        else
        {
            db.Replies.Add(new UpdateReply
            {
                Id = ContentIds.New(),
                CircleId = circleId,
                UpdateId = update.Id,
                UserId = me.UserId,
                Reaction = reaction,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return mine.Count == 0;
    }

    /// <summary>A written reply its author may delete, on an update they can still see; anything else is not found.</summary>
    public async Task<ReplyView> GetOwnReplyAsync(string? circleId, string? updateId, string? replyId, string? userId, CancellationToken cancellationToken = default)
    {
        var me = await access.RequireMemberAsync(circleId, userId, cancellationToken);
        var update = await FindVisibleLiveAsync(me, updateId, cancellationToken);
        var reply = await db.Replies.AsNoTracking()
                .SingleOrDefaultAsync(r => r.Id == replyId && r.UpdateId == update.Id && r.UserId == me.UserId && r.Message != null, cancellationToken)
            ?? throw new CircleNotFoundException();
        return new ReplyView(reply, me.DisplayName, TimeZones.ToLocal(reply.CreatedUtc, me.TimeZoneId), me.UserId == reply.UserId);
    }

    /// <summary>Deletes a written reply for everyone. Only its author can; the owner hides replies instead.</summary>
    public async Task DeleteReplyAsync(string circleId, string updateId, string replyId, string userId, CancellationToken cancellationToken = default)
    {
        var own = await GetOwnReplyAsync(circleId, updateId, replyId, userId, cancellationToken);
        await db.Replies.Where(r => r.Id == own.Reply.Id).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Reply {ReplyId} deleted by its author in circle {CircleId}", own.Reply.Id, circleId);
    }

    public async Task HideReplyAsync(string circleId, string ownerUserId, string replyId, CancellationToken cancellationToken = default)
    {
        await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        var reply = await db.Replies.SingleOrDefaultAsync(r => r.Id == replyId && r.CircleId == circleId, cancellationToken)
            ?? throw new CircleNotFoundException();
        reply.HiddenUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Reply {ReplyId} hidden in circle {CircleId}", reply.Id, circleId);
    }

    private IQueryable<CircleUpdate> Visible(CircleMember viewer) =>
        viewer.IsOwner
            ? db.Updates.Where(u => u.CircleId == viewer.CircleId)
            : db.Updates.Where(u => u.CircleId == viewer.CircleId
                && (u.AudienceAll || db.UpdateAudience.Any(a => a.UpdateId == u.Id && a.UserId == viewer.UserId)));

    private async Task<CircleUpdate> FindLiveAsync(string circleId, string updateId, CancellationToken cancellationToken) =>
        await db.Updates.SingleOrDefaultAsync(u => u.Id == updateId && u.CircleId == circleId && u.DeletedUtc == null, cancellationToken)
            ?? throw new CircleNotFoundException();

    private async Task<CircleUpdate> FindVisibleLiveAsync(CircleMember viewer, string? updateId, CancellationToken cancellationToken) =>
        await Visible(viewer).AsNoTracking().SingleOrDefaultAsync(u => u.Id == updateId && u.DeletedUtc == null, cancellationToken)
            ?? throw new CircleNotFoundException();

    private async Task<IReadOnlyList<UpdateView>> ToViewsAsync(CircleMember viewer, List<CircleUpdate> updates, CancellationToken cancellationToken)
    {
        var names = await access.MembersByUserAsync(viewer.CircleId, cancellationToken);
        var ids = updates.Select(u => u.Id).ToList();

        // A hidden reply is the owner's to see; everyone else reads the update as if it was never written.
        var replies = (await db.Replies.AsNoTracking()
                .Where(r => ids.Contains(r.UpdateId) && (viewer.IsOwner || r.HiddenUtc == null))
                .ToListAsync(cancellationToken))
            .OrderBy(r => r.CreatedUtc)
            .ToLookup(r => r.UpdateId);
        var audiences = viewer.IsOwner
            ? (await db.UpdateAudience.Where(a => ids.Contains(a.UpdateId)).ToListAsync(cancellationToken)).ToLookup(a => a.UpdateId, a => a.UserId)
            : null;
        var periods = await db.Periods.AsNoTracking().Where(p => p.CircleId == viewer.CircleId).ToDictionaryAsync(p => p.Id, cancellationToken);
        return
        [
            .. updates.Select(u => new UpdateView(
                u,
                NameOf(names, u.AuthorUserId),
                TimeZones.ToLocal(u.CreatedUtc, viewer.TimeZoneId),
                u.MilestoneDays is int days && u.PeriodId is long pid && periods.TryGetValue(pid, out var period) ? Milestones.Label(days, period.StartDate) : null,
                audiences is null ? [] : [.. audiences[u.Id].Select(id => NameOf(names, id))],
                [
                    .. replies[u.Id].Where(r => r.Message is not null)
                        .Select(r => new ReplyView(r, NameOf(names, r.UserId), TimeZones.ToLocal(r.CreatedUtc, viewer.TimeZoneId), r.UserId == viewer.UserId)),
                ],
                CountReactions(replies[u.Id], viewer.UserId))),
        ];
    }

    /// <summary>Every kind, in a fixed order, counted once per person (older data may hold the same reaction twice).</summary>
    private static IReadOnlyList<ReactionCount> CountReactions(IEnumerable<UpdateReply> replies, string viewerUserId)
    {
        var sent = replies.Where(r => r.Message is null && r.Reaction is not null).ToList();
        return
        [
            .. Enum.GetValues<Reaction>().Select(kind =>
            {
                var people = sent.Where(r => r.Reaction == kind).Select(r => r.UserId).Distinct(StringComparer.Ordinal).ToList();
                return new ReactionCount(kind, people.Count, people.Contains(viewerUserId, StringComparer.Ordinal));
            }),
        ];
    }

    private static string NameOf(Dictionary<string, CircleMember> names, string userId) =>
        names.TryGetValue(userId, out var member) ? member.DisplayName : "A former member";

    private static void Validate(UpdateInput input)
    {
        if (input.Kind == UpdateKind.CounterRestart)
        {
            throw new CircleRuleException("Use “Restart the counter” for a new start date.");
        }

        if (input.Kind == UpdateKind.CheckIn && input.Mood is not (>= 1 and <= 5))
        {
            throw new CircleRuleException("Choose how you feel today, from 1 to 5.");
        }

        if (input.Kind == UpdateKind.Milestone && input.MilestoneDays is not > 0)
        {
            throw new CircleRuleException("Choose the milestone to share.");
        }

        if (input.Kind == UpdateKind.Note && string.IsNullOrWhiteSpace(input.Note))
        {
            throw new CircleRuleException("Write the note you want to share.");
        }

        if (input.Note is { Length: > MaxNoteLength })
        {
            throw new CircleRuleException($"Please keep the note to {MaxNoteLength} characters.");
        }
    }
}
