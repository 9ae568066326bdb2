using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Circles.Services;

/// <summary>The owner reads the circle's record of membership, invitation and audience changes.</summary>
public sealed class AuditService(CirclesDbContext db, CircleAccess access)
{
    public async Task<(Circle Circle, IReadOnlyList<AuditEntryView> Entries)> ListAsync(string? circleId, string? ownerUserId, CancellationToken cancellationToken = default)
    {
        var owner = await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        var circle = await db.Circles.AsNoTracking().SingleAsync(c => c.Id == owner.CircleId, cancellationToken);
        var names = await access.MembersByUserAsync(owner.CircleId, cancellationToken);
        var entries = await db.Audit.AsNoTracking().Where(a => a.CircleId == owner.CircleId).ToListAsync(cancellationToken);
        string Name(string? id) => id is null ? "" : names.TryGetValue(id, out var m) ? m.DisplayName : "Someone not in the circle";
        return (circle,
        [
            .. entries.OrderByDescending(a => a.CreatedUtc).ThenByDescending(a => a.Id).Select(a => new AuditEntryView(
                TimeZones.ToLocal(a.CreatedUtc, owner.TimeZoneId),
                Name(a.ActorUserId),
                AuditActions.Describe(a.Action),
                a.SubjectUserId is null ? null : Name(a.SubjectUserId),
                a.Detail)),
        ]);
    }
}
