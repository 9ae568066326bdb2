using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using FamilyBridge.Notifications.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.Circles.Services;

/// <summary>
/// What a recipient does from an email link, without signing in: read what they are asked to agree to, say yes
/// (double opt-in), or stop. GET shows; only POST changes anything, because mail scanners open links.
/// </summary>
public sealed class ConsentLinkService(CirclesDbContext db, ConsentMailer mailer, MailQueue mailQueue, TimeProvider clock, ILogger<ConsentLinkService> logger)
{
    /// <summary>What the confirmation link shows; a token this site never made is not found.</summary>
    public async Task<ConsentLinkPreview> PreviewConfirmAsync(string? token, CancellationToken cancellationToken = default) =>
        await PreviewAsync(await FindByConfirmTokenAsync(token, cancellationToken), cancellationToken);

    /// <summary>
    /// The recipient's yes, with the language they chose for the emails (<c>en</c>, <c>es</c>; anything else
    /// keeps the language they were asked in).
    /// </summary>
    public async Task<ConsentLinkPreview> ConfirmAsync(string? token, string? language = null, CancellationToken cancellationToken = default)
    {
        var grant = await FindByConfirmTokenAsync(token, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (grant.Status == ConsentStatus.Pending && grant.ConfirmExpiresUtc > now && grant.ExpiresUtc > now)
        {
            grant.Status = ConsentStatus.Active;
            grant.ConfirmedUtc = now;
            grant.LastDigestUtc = now;
            if (EmailCulture.IsLanguage(language))
            {
                grant.Language = EmailCulture.Normalize(language);
            }

            ConsentHistory.Record(db, grant, ConsentActions.Confirmed, ConsentEvent.Recipient, now, null);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Consent {GrantId} confirmed by its recipient", grant.Id);
        }

        return await PreviewAsync(grant, cancellationToken);
    }

    public async Task<ConsentLinkPreview> PreviewUnsubscribeAsync(string grantId, CancellationToken cancellationToken = default) =>
        await PreviewAsync(await db.ConsentGrants.SingleOrDefaultAsync(g => g.Id == grantId, cancellationToken) ?? throw new CircleNotFoundException(), cancellationToken);

    /// <summary>
    /// Stops every email under this consent at once, queued ones included (the gate checks at send time).
    /// <c>JustStopped</c> is true when emails were still due to go until now (not already stopped or past its end date).
    /// </summary>
    public async Task<(ConsentLinkPreview Preview, bool JustStopped)> UnsubscribeAsync(string grantId, CancellationToken cancellationToken = default)
    {
        var grant = await db.ConsentGrants.SingleOrDefaultAsync(g => g.Id == grantId, cancellationToken) ?? throw new CircleNotFoundException();
        var now = clock.GetUtcNow().UtcDateTime;
        var justStopped = grant.Status is ConsentStatus.Pending or ConsentStatus.Active && grant.ExpiresUtc > now;
        if (grant.Status is ConsentStatus.Pending or ConsentStatus.Active)
        {
            grant.Status = ConsentStatus.Unsubscribed;
            grant.EndedUtc = now;
            ConsentHistory.Record(db, grant, ConsentActions.Unsubscribed, ConsentEvent.Recipient, now, null);
            await db.SaveChangesAsync(cancellationToken);

            // Someone who said "stop" leaves no address in the mail queue's history of these emails.
            await mailQueue.ForgetRecipientAsync(grant.RecipientEmail, gatedOnly: true, cancellationToken);
            logger.LogInformation("Consent {GrantId} stopped by its recipient", grant.Id);
        }

        return (await PreviewAsync(grant, cancellationToken), justStopped);
    }

    private async Task<ConsentGrant> FindByConfirmTokenAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            throw new CircleNotFoundException();
        }

        var hash = InvitationTokens.Hash(token);
        return await db.ConsentGrants.SingleOrDefaultAsync(g => g.ConfirmTokenHash == hash, cancellationToken) ?? throw new CircleNotFoundException();
    }

    private async Task<ConsentLinkPreview> PreviewAsync(ConsentGrant grant, CancellationToken cancellationToken)
    {
        var ownerName = await mailer.OwnerNameAsync(grant.CircleId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var status = grant.Status is ConsentStatus.Active or ConsentStatus.Pending && grant.ExpiresUtc <= now ? ConsentStatus.Expired : grant.Status;
        return new ConsentLinkPreview(
            ConsentRules.FirstName(ownerName),
            grant.RecipientName,
            grant.Scope,
            grant.Frequency,
            status,
            grant.ExpiresUtc,
            grant.Status == ConsentStatus.Pending && grant.ConfirmExpiresUtc <= now,
            grant.Language);
    }
}
