using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;

namespace FamilyBridge.Circles.Services;

/// <summary>One line of a consent's history: what happened, who did it and when. The owner reads it on the grant's page.</summary>
internal static class ConsentHistory
{
    /// <summary>Adds to the context only: the line is saved with the change it describes.</summary>
    public static void Record(CirclesDbContext db, ConsentGrant grant, string action, string actor, DateTime utcNow, string? detail) =>
        db.ConsentEvents.Add(new ConsentEvent
        {
            GrantId = grant.Id,
            CircleId = grant.CircleId,
            Action = action,
            ActorUserId = actor,
            Detail = detail,
            CreatedUtc = utcNow,
        });
}
