using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using FamilyBridge.Core.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Circles.Services;

/// <summary>Before an account is deleted: which circles close for everyone, with how many people and replies, and which are left.</summary>
public sealed class CirclesDeletionNotice(CirclesDbContext db) : IAccountDeletionNotice
{
    public async Task<IReadOnlyList<DeletionNoticeLine>> DescribeAsync(PersonalDataSubject person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var mine = await db.Members.AsNoTracking().Where(m => m.UserId == person.UserId && m.Status == MemberStatus.Active)
            .Join(db.Circles.AsNoTracking(), m => m.CircleId, c => c.Id, (m, c) => new { c.Id, c.Name, m.IsOwner })
            .ToListAsync(cancellationToken);
        var lines = new List<DeletionNoticeLine>();
        foreach (var circle in mine.OrderByDescending(c => c.IsOwner).ThenBy(c => c.Name, StringComparer.Ordinal))
        {
            if (!circle.IsOwner)
            {
                lines.Add(new($"You leave the circle “{circle.Name}”. Your replies there are deleted; what others shared stays theirs."));
                continue;
            }

            var others = await db.Members.CountAsync(m => m.CircleId == circle.Id && m.Status == MemberStatus.Active && !m.IsOwner, cancellationToken);
            var replies = await db.Replies.CountAsync(r => r.CircleId == circle.Id && r.UserId != person.UserId, cancellationToken);
            lines.Add(others == 0
                ? new($"Your circle “{circle.Name}” is deleted, with everything in it.")
                : new(
                    $"Your circle “{circle.Name}” closes for everyone in it and is deleted: the {others} other {(others == 1 ? "person" : "people")} in it lose it, " +
                    $"with every update, your plan and checklist, and the {replies} {(replies == 1 ? "reply" : "replies")} they wrote. They get an email saying the circle has closed.",
                    $"/circles/{circle.Id}#handover-heading",
                    $"Hand “{circle.Name}” to someone in it instead"));
        }

        return lines;
    }
}
