using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.Circles.Services;

/// <summary>The owner's relapse-prevention plan: private unless the owner shares it with chosen members.</summary>
public sealed class PlanService(CirclesDbContext db, CircleAccess access, TimeProvider clock, ILogger<PlanService> logger)
{
    public async Task<PlanView> GetAsync(string? circleId, string? userId, CancellationToken cancellationToken = default)
    {
        var me = await access.RequireMemberAsync(circleId, userId, cancellationToken);
        var shared = await db.PlanAudience.Where(a => a.CircleId == me.CircleId).Select(a => a.UserId).ToListAsync(cancellationToken);
        if (!me.IsOwner && !shared.Contains(me.UserId))
        {
            throw new CircleNotFoundException();
        }

        var circle = await db.Circles.AsNoTracking().SingleAsync(c => c.Id == me.CircleId, cancellationToken);
        var members = await db.Members.AsNoTracking()
            .Where(m => m.CircleId == me.CircleId && m.Status == MemberStatus.Active)
            .OrderBy(m => m.JoinedUtc)
            .ToListAsync(cancellationToken);
        var items = await db.PlanItems.AsNoTracking().Where(i => i.CircleId == me.CircleId).ToListAsync(cancellationToken);
        var ordered = items.OrderBy(i => i.Kind).ThenByDescending(i => i.Strength ?? 0).ThenBy(i => i.CreatedUtc).ToList();
        return new PlanView(circle, me, members.Single(m => m.IsOwner), ordered, members, me.IsOwner ? shared : []);
    }

    /// <summary>Whether this member may open the plan (the owner always; others when it is shared with them).</summary>
    public async Task<bool> CanSeeAsync(CircleMember me, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(me);
        return me.IsOwner || await db.PlanAudience.AnyAsync(a => a.CircleId == me.CircleId && a.UserId == me.UserId, cancellationToken);
    }

    public async Task AddItemAsync(string circleId, string ownerUserId, PlanItemKind kind, string text, int? strength, string? phone, CancellationToken cancellationToken = default)
    {
        await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        text = CircleService.Required(text, 500, kind == PlanItemKind.Contact ? "Enter the person's name." : "Write the item.");
        if (kind == PlanItemKind.Trigger && strength is not (>= 1 and <= 10))
        {
            throw new CircleRuleException("Rate how strong the trigger is, from 1 to 10.");
        }

        if (kind == PlanItemKind.Contact)
        {
            phone = CircleService.Required(phone, 40, "Enter a phone number for this person.");
        }

        db.PlanItems.Add(new PlanItem
        {
            CircleId = circleId,
            Kind = kind,
            Text = text,
            Strength = kind == PlanItemKind.Trigger ? strength : null,
            Phone = kind == PlanItemKind.Contact ? phone : null,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RemoveItemAsync(string circleId, string ownerUserId, long itemId, CancellationToken cancellationToken = default)
    {
        await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        var removed = await db.PlanItems.Where(i => i.Id == itemId && i.CircleId == circleId).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            throw new CircleNotFoundException();
        }
    }

    /// <summary>Shares the plan with exactly these members; none keeps it private.</summary>
    public async Task ShareAsync(string circleId, string ownerUserId, IEnumerable<string>? userIds, CancellationToken cancellationToken = default)
    {
        var owner = await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        var chosen = userIds?.Any(id => !string.IsNullOrEmpty(id)) == true
            ? await access.CheckAudienceAsync(circleId, userIds, cancellationToken)
            : [];
        await db.PlanAudience.Where(a => a.CircleId == circleId).ExecuteDeleteAsync(cancellationToken);
        db.PlanAudience.AddRange(chosen.Select(u => new PlanAudienceMember { CircleId = circleId, UserId = u }));
        access.Audit(circleId, owner.UserId, AuditActions.PlanAudience, clock.GetUtcNow().UtcDateTime,
            detail: chosen.Count == 0 ? "Plan kept private" : $"Plan shared with {chosen.Count} chosen {(chosen.Count == 1 ? "person" : "people")}");
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Plan sharing changed in circle {CircleId}", circleId);
    }
}
