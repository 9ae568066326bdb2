using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Circles.Services;

/// <summary>
/// The one gate every circle read and write goes through: the viewer's active membership, or nothing. Being a
/// site administrator or editor grants nothing here.
/// </summary>
public sealed class CircleAccess(CirclesDbContext db)
{
    public async Task<CircleMember> RequireMemberAsync(string? circleId, string? userId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(circleId) || string.IsNullOrEmpty(userId))
        {
            throw new CircleNotFoundException();
        }

        return await db.Members.SingleOrDefaultAsync(
                m => m.CircleId == circleId && m.UserId == userId && m.Status == MemberStatus.Active, cancellationToken)
            ?? throw new CircleNotFoundException();
    }

    public async Task<CircleMember> RequireOwnerAsync(string? circleId, string? userId, CancellationToken cancellationToken = default)
    {
        var member = await RequireMemberAsync(circleId, userId, cancellationToken);
        return member.IsOwner ? member : throw new CircleNotFoundException();
    }

    /// <summary>Every member the circle ever had, active or not, by user id: old updates and the audit still name them.</summary>
    public async Task<Dictionary<string, CircleMember>> MembersByUserAsync(string circleId, CancellationToken cancellationToken = default) =>
        await db.Members.AsNoTracking().Where(m => m.CircleId == circleId).ToDictionaryAsync(m => m.UserId, cancellationToken);

    /// <summary>
    /// Checks a chosen audience: only active members other than the owner, at least one of them. Returns the
    /// distinct user ids.
    /// </summary>
    public async Task<IReadOnlyList<string>> CheckAudienceAsync(string circleId, IEnumerable<string>? userIds, CancellationToken cancellationToken = default)
    {
        var chosen = (userIds ?? []).Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Count == 0)
        {
            throw new CircleRuleException("Choose at least one person, or share with everyone in the circle.");
        }

        var valid = await db.Members
            .Where(m => m.CircleId == circleId && m.Status == MemberStatus.Active && !m.IsOwner && chosen.Contains(m.UserId))
            .Select(m => m.UserId)
            .ToListAsync(cancellationToken);
        if (valid.Count != chosen.Count)
        {
            throw new CircleRuleException("Someone you chose is no longer in the circle. Please choose again.");
        }

        return valid;
    }

    public void Audit(string circleId, string actorUserId, string action, DateTime utcNow, string? subjectUserId = null, string? detail = null) =>
        db.Audit.Add(new AuditEntry
        {
            CircleId = circleId,
            ActorUserId = actorUserId,
            Action = action,
            SubjectUserId = subjectUserId,
            Detail = detail,
            CreatedUtc = utcNow,
        });
}
