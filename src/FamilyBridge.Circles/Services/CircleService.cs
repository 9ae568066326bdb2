using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using FamilyBridge.ContentManagement.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.Circles.Services;

/// <summary>Circles, their members and the days-in-recovery counter.</summary>
public sealed class CircleService(
    CirclesDbContext db,
    CircleAccess access,
    UpdateService updates,
    TimeProvider clock,
    ILogger<CircleService> logger)
{
    /// <summary>People in one circle, the owner and pending invitations included.</summary>
    public const int MaxPeople = 20;

    public async Task<string> CreateAsync(
        string ownerUserId,
        string name,
        string displayName,
        string? timeZoneId,
        DateOnly? startDate,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerUserId);
        name = Required(name, 100, "Give the circle a name.");
        displayName = Required(displayName, 60, "Tell the circle what to call you.");
        var zone = TimeZones.IsKnown(timeZoneId) ? timeZoneId! : "UTC";
        var now = clock.GetUtcNow().UtcDateTime;
        if (startDate is DateOnly start && start > TimeZones.Today(clock, zone))
        {
            throw new CircleRuleException("The start date cannot be in the future.");
        }

        var circle = new Circle { Id = ContentIds.New(), Name = name, OwnerUserId = ownerUserId, CreatedUtc = now, EmailLanguage = EmailCulture.Current() };
        db.Circles.Add(circle);
        db.Members.Add(new CircleMember
        {
            CircleId = circle.Id,
            UserId = ownerUserId,
            DisplayName = displayName,
            IsOwner = true,
            TimeZoneId = zone,
            Status = MemberStatus.Active,
            JoinedUtc = now,
        });
        if (startDate is DateOnly first)
        {
            db.Periods.Add(new RecoveryPeriod { CircleId = circle.Id, StartDate = first, CreatedUtc = now });
        }

        access.Audit(circle.Id, ownerUserId, AuditActions.CircleCreated, now);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Circle {CircleId} created", circle.Id);
        return circle.Id;
    }

    /// <summary>The circles this person is an active member of.</summary>
    public async Task<IReadOnlyList<(Circle Circle, CircleMember Me)>> ListMineAsync(string userId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Members.AsNoTracking()
            .Where(m => m.UserId == userId && m.Status == MemberStatus.Active)
            .Join(db.Circles.AsNoTracking(), m => m.CircleId, c => c.Id, (m, c) => new { m, c })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.c.CreatedUtc).Select(r => (r.c, r.m))];
    }

    /// <summary>The circle and its active members, owner first, for a member of it.</summary>
    public async Task<CirclePeople> GetPeopleAsync(string? circleId, string? userId, CancellationToken cancellationToken = default)
    {
        var me = await access.RequireMemberAsync(circleId, userId, cancellationToken);
        return await PeopleOfAsync(me, cancellationToken);
    }

    private async Task<CirclePeople> PeopleOfAsync(CircleMember me, CancellationToken cancellationToken)
    {
        var circle = await db.Circles.AsNoTracking().SingleAsync(c => c.Id == me.CircleId, cancellationToken);
        var members = await db.Members.AsNoTracking()
            .Where(m => m.CircleId == me.CircleId && m.Status == MemberStatus.Active)
            .OrderByDescending(m => m.IsOwner).ThenBy(m => m.JoinedUtc)
            .ToListAsync(cancellationToken);
        return new CirclePeople(circle, me, members);
    }

    /// <summary>Whether the counter is running (its start date is the owner's to know; callers check that).</summary>
    public Task<bool> HasCurrentPeriodAsync(string circleId, CancellationToken cancellationToken = default) =>
        db.Periods.AnyAsync(p => p.CircleId == circleId && p.EndDate == null, cancellationToken);

    public async Task<CircleOverview> GetOverviewAsync(string? circleId, string? userId, CancellationToken cancellationToken = default)
    {
        var me = await access.RequireMemberAsync(circleId, userId, cancellationToken);
        var (circle, _, members) = await PeopleOfAsync(me, cancellationToken);
        var owner = members.Single(m => m.IsOwner);
        var periods = await VisiblePeriodsAsync(me, cancellationToken);
        var ownerToday = TimeZones.Today(clock, owner.TimeZoneId);
        var current = periods.Count > 0 && periods[^1].EndDate is null ? periods[^1] : null;
        int? days = current is null ? null : Milestones.DaysBetween(current.StartDate, ownerToday);

        int? suggested = null;
        if (me.IsOwner && current is not null)
        {
            var reached = Milestones.Reached(current.StartDate, ownerToday);
            var latest = reached.Count > 0 ? reached[^1] : 0;
            var shared = await db.Updates.AnyAsync(
                u => u.PeriodId == current.Id && u.Kind == UpdateKind.Milestone && u.MilestoneDays == latest && u.DeletedUtc == null,
                cancellationToken);
            suggested = latest > 0 && !shared ? latest : null;
        }

        var history = periods
            .Select(p => new PeriodSummary(
                p.StartDate,
                p.EndDate,
                Milestones.DaysBetween(p.StartDate, p.EndDate ?? ownerToday),
                [.. Milestones.Reached(p.StartDate, p.EndDate ?? ownerToday).Select(d => Milestones.Label(d, p.StartDate))]))
            .Reverse()
            .ToList();
        var feed = await updates.ListAsync(me, 50, cancellationToken);
        return new CircleOverview(
            circle,
            me,
            owner,
            members,
            current?.StartDate,
            days,
            suggested,
            suggested is int s && current is not null ? Milestones.Label(s, current.StartDate) : null,
            history,
            feed,
            current is null ? null : Milestones.Next(current.StartDate, ownerToday),
            current is null ? null : Milestones.Label(Milestones.Next(current.StartDate, ownerToday), current.StartDate));
    }

    /// <summary>
    /// The counter's runs as this viewer may know them. A restart is news only for the people the owner chose to
    /// tell: for anyone else the restart's period does not exist, so the run before it still counts on (its end
    /// date would itself reveal the return to use). The owner sees every run.
    /// </summary>
    private async Task<IReadOnlyList<RecoveryPeriod>> VisiblePeriodsAsync(CircleMember viewer, CancellationToken cancellationToken)
    {
        var periods = await db.Periods.AsNoTracking().Where(p => p.CircleId == viewer.CircleId).OrderBy(p => p.StartDate).ToListAsync(cancellationToken);
        if (viewer.IsOwner)
        {
            return periods;
        }

        var hidden = await db.Updates.AsNoTracking()
            .Where(u => u.CircleId == viewer.CircleId && u.Kind == UpdateKind.CounterRestart && u.PeriodId != null && !u.AudienceAll
                && !db.UpdateAudience.Any(a => a.UpdateId == u.Id && a.UserId == viewer.UserId))
            .Select(u => u.PeriodId!.Value)
            .ToListAsync(cancellationToken);
        var visible = periods.Where(p => !hidden.Contains(p.Id)).ToList();
        return
        [
            .. visible.Select((p, i) => new RecoveryPeriod
            {
                Id = p.Id,
                CircleId = p.CircleId,
                StartDate = p.StartDate,
                EndDate = i + 1 < visible.Count ? visible[i + 1].StartDate.AddDays(-1) : null,
                CreatedUtc = p.CreatedUtc,
            }),
        ];
    }

    /// <summary>
    /// A new start date after a return to use. The old run is closed (its days and milestones stay in the
    /// history) and the chosen audience is told, kindly.
    /// </summary>
    public async Task RestartCounterAsync(
        string circleId,
        string ownerUserId,
        DateOnly? newStart,
        bool audienceAll,
        IEnumerable<string>? audienceUserIds,
        CancellationToken cancellationToken = default)
    {
        // Whose circle it is comes first: anything not yours is a 404 whatever the form held.
        var owner = await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        if (newStart is not DateOnly start)
        {
            throw new CircleRuleException("Choose the date to count from.");
        }

        if (start > TimeZones.Today(clock, owner.TimeZoneId))
        {
            throw new CircleRuleException("The new start date cannot be in the future.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var current = await db.Periods.SingleOrDefaultAsync(p => p.CircleId == circleId && p.EndDate == null, cancellationToken);
        if (current is null)
        {
            db.Periods.Add(new RecoveryPeriod { CircleId = circleId, StartDate = start, CreatedUtc = now });
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        if (start <= current.StartDate)
        {
            throw new CircleRuleException("The new start date must be after the current one.");
        }

        var audience = audienceAll ? [] : await access.CheckAudienceAsync(circleId, audienceUserIds, cancellationToken);
        current.EndDate = start.AddDays(-1);
        var period = new RecoveryPeriod { CircleId = circleId, StartDate = start, CreatedUtc = now };
        db.Periods.Add(period);
        await db.SaveChangesAsync(cancellationToken);

        var update = new CircleUpdate
        {
            Id = ContentIds.New(),
            CircleId = circleId,
            AuthorUserId = owner.UserId,
            Kind = UpdateKind.CounterRestart,
            PeriodId = period.Id,
            AudienceAll = audienceAll,
            CreatedUtc = now,
        };
        db.Updates.Add(update);
        db.UpdateAudience.AddRange(audience.Select(u => new UpdateAudienceMember { UpdateId = update.Id, UserId = u }));
        access.Audit(circleId, owner.UserId, AuditActions.CounterRestarted, now,
            detail: audienceAll ? "Everyone was told" : $"{audience.Count} chosen {(audience.Count == 1 ? "person was" : "people were")} told");
        await updates.SaveWithConsentEmailsAsync(update, audience, owner.DisplayName, cancellationToken);
        logger.LogInformation("Counter restarted in circle {CircleId}", circleId);
    }

    public async Task SetTimeZoneAsync(string circleId, string userId, string timeZoneId, CancellationToken cancellationToken = default)
    {
        var me = await access.RequireMemberAsync(circleId, userId, cancellationToken);
        if (!TimeZones.IsKnown(timeZoneId))
        {
            throw new CircleRuleException("Choose a time zone from the list.");
        }

        me.TimeZoneId = timeZoneId;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RemoveMemberAsync(string circleId, string ownerUserId, string memberUserId, CancellationToken cancellationToken = default)
    {
        var owner = await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        var member = await db.Members.SingleOrDefaultAsync(
                m => m.CircleId == circleId && m.UserId == memberUserId && m.Status == MemberStatus.Active && !m.IsOwner, cancellationToken)
            ?? throw new CircleNotFoundException();
        await EndMembershipAsync(member, MemberStatus.Removed, owner.UserId, AuditActions.MemberRemoved, cancellationToken);
    }

    /// <summary>
    /// Hands the circle to another member, who becomes its owner; the previous owner stays as a member. What was about
    /// the previous owner's own recovery (counter, plan, email sharing set up for it) goes, since it is no longer
    /// theirs to keep showing; the updates and replies stay with the circle.
    /// </summary>
    public async Task HandOverAsync(string circleId, string ownerUserId, string? newOwnerUserId, CancellationToken cancellationToken = default)
    {
        var owner = await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        var next = await db.Members.SingleOrDefaultAsync(
                m => m.CircleId == circleId && m.UserId == newOwnerUserId && m.Status == MemberStatus.Active && !m.IsOwner, cancellationToken)
            ?? throw new CircleRuleException("Choose someone who is in the circle.");
        var circle = await db.Circles.SingleAsync(c => c.Id == circleId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        owner.IsOwner = false;
        next.IsOwner = true;
        circle.OwnerUserId = next.UserId;
        await db.Periods.Where(p => p.CircleId == circleId).ExecuteDeleteAsync(cancellationToken);
        await db.PlanAudience.Where(a => a.CircleId == circleId).ExecuteDeleteAsync(cancellationToken);
        await db.PlanItems.Where(p => p.CircleId == circleId).ExecuteDeleteAsync(cancellationToken);
        await ConsentService.EndForOwnerAsync(db, circleId, owner.UserId, now, cancellationToken);
        access.Audit(circleId, owner.UserId, AuditActions.HandedOver, now, next.UserId, next.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Circle {CircleId} handed over", circleId);
    }

    public async Task LeaveAsync(string circleId, string userId, CancellationToken cancellationToken = default)
    {
        var me = await access.RequireMemberAsync(circleId, userId, cancellationToken);
        if (me.IsOwner)
        {
            throw new CircleRuleException("You own this circle, so you cannot leave it.");
        }

        await EndMembershipAsync(me, MemberStatus.Left, me.UserId, AuditActions.MemberLeft, cancellationToken);
    }

    private async Task EndMembershipAsync(CircleMember member, MemberStatus status, string actorUserId, string action, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        member.Status = status;
        member.EndedUtc = now;

        // A person who is gone is no longer in any chosen audience, so coming back later shows them nothing old.
        await db.UpdateAudience
            .Where(a => a.UserId == member.UserId && db.Updates.Any(u => u.Id == a.UpdateId && u.CircleId == member.CircleId))
            .ExecuteDeleteAsync(cancellationToken);
        await db.PlanAudience.Where(a => a.CircleId == member.CircleId && a.UserId == member.UserId).ExecuteDeleteAsync(cancellationToken);

        // Email sharing with someone who is gone stops too; queued emails are stopped by the delivery gate.
        await ConsentService.EndForRecipientAsync(db, member.CircleId, member.UserId, actorUserId, now, cancellationToken);
        access.Audit(member.CircleId, actorUserId, action, now, member.UserId, member.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Membership of {UserId} in circle {CircleId} ended ({Status})", member.UserId, member.CircleId, status);
    }

    internal static string Required(string? value, int maxLength, string message)
    {
        value = value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            throw new CircleRuleException(message);
        }

        return value.Length > maxLength ? throw new CircleRuleException($"Please keep it to {maxLength} characters.") : value;
    }
}
