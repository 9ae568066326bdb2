using FamilyBridge.Circles.Data;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Circles.Services;

/// <summary>
/// The owner's default language for emails to people who have not chosen one: invitations and the request to confirm
/// email sharing. A recipient's own choice on the confirmation page replaces it for the emails they get.
/// </summary>
public sealed class CircleEmailLanguage(CirclesDbContext db, CircleAccess access)
{
    public async Task SetAsync(string circleId, string ownerUserId, string? language, CancellationToken cancellationToken = default)
    {
        await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        if (!EmailCulture.IsLanguage(language))
        {
            throw new CircleRuleException("Choose English or Spanish.");
        }

        var circle = await db.Circles.SingleAsync(c => c.Id == circleId, cancellationToken);
        circle.EmailLanguage = EmailCulture.Normalize(language);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<string> GetAsync(string circleId, CancellationToken cancellationToken = default) =>
        await db.Circles.Where(c => c.Id == circleId).Select(c => c.EmailLanguage).SingleAsync(cancellationToken);
}
