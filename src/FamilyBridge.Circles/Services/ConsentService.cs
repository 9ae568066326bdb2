using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Options;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Site;
using FamilyBridge.Notifications.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Circles.Services;

/// <summary>
/// The owner's consents to email updates: granting (with the recipient's double opt-in), changing, revoking, and
/// the history of each. Only the owner reaches any of it; everyone else gets "not found".
/// </summary>
public sealed class ConsentService(
    CirclesDbContext db,
    CircleAccess access,
    ConsentEmails emails,
    ConsentMailer mailer,
    IEmailOutbox outbox,
    IAccountEmails accountEmails,
    SiteLinks links,
    TimeProvider clock,
    IOptions<ConsentOptions> options,
    ILogger<ConsentService> logger)
{
    public const int MaxExpiryMonths = 12;
    public static readonly TimeSpan ConfirmLifetime = TimeSpan.FromDays(7);

    public async Task<SharingOverview> ListAsync(string? circleId, string? ownerUserId, CancellationToken cancellationToken = default)
    {
        var owner = await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        var circle = await db.Circles.AsNoTracking().SingleAsync(c => c.Id == owner.CircleId, cancellationToken);
        var members = await db.Members.AsNoTracking()
            .Where(m => m.CircleId == owner.CircleId && m.Status == MemberStatus.Active && !m.IsOwner)
            .OrderBy(m => m.JoinedUtc)
            .ToListAsync(cancellationToken);
        var grants = await db.ConsentGrants.AsNoTracking().Where(g => g.CircleId == owner.CircleId).ToListAsync(cancellationToken);
        return new SharingOverview(circle, owner, members, [.. grants.OrderByDescending(g => g.CreatedUtc).Select(g => View(g, owner))]);
    }

    public async Task<ConsentGrantDetail> GetAsync(string? circleId, string? ownerUserId, string? grantId, CancellationToken cancellationToken = default)
    {
        var owner = await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        var circle = await db.Circles.AsNoTracking().SingleAsync(c => c.Id == owner.CircleId, cancellationToken);
        var grant = await db.ConsentGrants.AsNoTracking().SingleOrDefaultAsync(g => g.Id == grantId && g.CircleId == owner.CircleId, cancellationToken)
            ?? throw new CircleNotFoundException();
        var events = await db.ConsentEvents.AsNoTracking().Where(e => e.GrantId == grant.Id).ToListAsync(cancellationToken);
        var names = await access.MembersByUserAsync(owner.CircleId, cancellationToken);
        string Who(string actor) => actor switch
        {
            _ when actor == owner.UserId => "You",
            ConsentEvent.Recipient => grant.RecipientName,
            ConsentEvent.System => "FamilyBridge",
            _ => names.TryGetValue(actor, out var m) ? m.DisplayName : "Someone no longer here",
        };
        return new ConsentGrantDetail(
            circle,
            owner,
            View(grant, owner),
            [
                .. events.OrderByDescending(e => e.CreatedUtc).ThenByDescending(e => e.Id).Select(e => new ConsentEventView(
                    TimeZones.ToLocal(e.CreatedUtc, owner.TimeZoneId), Who(e.ActorUserId), ConsentActions.Describe(e.Action), e.Detail)),
            ]);
    }

    /// <summary>Checks the form and fills in the member's name and address, without saving anything.</summary>
    public async Task<ConsentGrantInput> CheckAsync(string? circleId, string? ownerUserId, ConsentGrantInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var owner = await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        var errors = new List<(string?, string)>();
        if (!string.IsNullOrEmpty(input.RecipientUserId))
        {
            var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(
                m => m.CircleId == owner.CircleId && m.UserId == input.RecipientUserId && m.Status == MemberStatus.Active && !m.IsOwner, cancellationToken);
            var email = member is null ? null : await accountEmails.FindEmailAsync(member.UserId, cancellationToken);
            if (member is null)
            {
                errors.Add((nameof(input.RecipientUserId), "That person is no longer in the circle. Please choose again."));
            }
            else if (email is null)
            {
                errors.Add((nameof(input.RecipientUserId), $"We could not find a confirmed email address for {member.DisplayName}."));
            }
            else
            {
                input.RecipientName = member.DisplayName;
                input.RecipientEmail = email;
            }
        }
        else
        {
            input.RecipientName = input.RecipientName?.Trim();
            input.RecipientEmail = input.RecipientEmail?.Trim();
            if (string.IsNullOrEmpty(input.RecipientName))
            {
                errors.Add((nameof(input.RecipientName), "Enter the name of the person to email."));
            }
            else if (input.RecipientName.Length > 60)
            {
                errors.Add((nameof(input.RecipientName), "Please keep the name to 60 characters."));
            }

            if (string.IsNullOrEmpty(input.RecipientEmail))
            {
                errors.Add((nameof(input.RecipientEmail), "Enter their email address."));
            }
            else if (input.RecipientEmail.Length > 256 || !System.Net.Mail.MailAddress.TryCreate(input.RecipientEmail, out var address)
                || address.Address != input.RecipientEmail)
            {
                errors.Add((nameof(input.RecipientEmail), "Enter an email address like name@example.com."));
            }

            if (input.ContentMode == ConsentContentMode.SignInNotice)
            {
                errors.Add((nameof(input.ContentMode),
                    "People without an account cannot sign in, so they get the update itself. Choose “The update itself”, or choose someone in your circle."));
            }
        }

        CheckTerms(input, errors);
        if (errors.Count == 0)
        {
            var live = await db.ConsentGrants
                .Where(g => g.CircleId == owner.CircleId && (g.Status == ConsentStatus.Pending || g.Status == ConsentStatus.Active))
                .Select(g => g.RecipientEmail)
                .ToListAsync(cancellationToken);
            if (live.Any(e => string.Equals(e, input.RecipientEmail, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add((null, "You already share with that address. Change or stop that sharing instead."));
            }
            else if (live.Count >= options.Value.MaxGrantsPerCircle)
            {
                errors.Add((null, $"You can share by email with up to {options.Value.MaxGrantsPerCircle} people at a time. Stop one to add another."));
            }
        }

        return errors.Count > 0 ? throw new ConsentInputException(errors) : input;
    }

    /// <summary>
    /// Creates the consent as the owner confirmed it and sends the recipient the confirmation email in the same
    /// transaction. Nothing else goes to them until they confirm.
    /// </summary>
    public async Task<string> GrantAsync(string circleId, string ownerUserId, ConsentGrantInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        input = await CheckAsync(circleId, ownerUserId, input, cancellationToken);
        if (!input.Confirmed)
        {
            throw new ConsentInputException([(nameof(input.Confirmed), "Tick the box to say you have read this and agree.")]);
        }

        var owner = await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = InvitationTokens.New();
        var grant = new ConsentGrant
        {
            Id = ContentIds.New(),
            CircleId = owner.CircleId,
            OwnerUserId = owner.UserId,
            RecipientUserId = string.IsNullOrEmpty(input.RecipientUserId) ? null : input.RecipientUserId,
            RecipientName = input.RecipientName!,
            RecipientEmail = input.RecipientEmail!,
            Scope = input.Scope,
            Purpose = input.Purpose!.Trim(),
            Frequency = input.Frequency,
            ContentMode = input.ContentMode,
            Status = ConsentStatus.Pending,
            CreatedUtc = now,
            ExpiresUtc = now.AddMonths(input.ExpiryMonths),
            ConfirmTokenHash = InvitationTokens.Hash(token),
            ConfirmExpiresUtc = now + ConfirmLifetime,
            SiteBaseUrl = links.BaseUri.AbsoluteUri,
            Language = await db.Circles.Where(c => c.Id == owner.CircleId).Select(c => c.EmailLanguage).SingleAsync(cancellationToken),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ConsentGrants.Add(grant);
        ConsentHistory.Record(db, grant, ConsentActions.Granted, owner.UserId, now, Terms(grant));
        var delivery = mailer.Record(grant, ConsentDeliveryKind.Confirmation, [], now);
        ConsentHistory.Record(db, grant, ConsentActions.ConfirmationSent, ConsentEvent.System, now, $"To {grant.RecipientEmail}");
        await db.SaveChangesAsync(cancellationToken);
        await outbox.EnqueueAsync(db, [emails.Confirmation(grant, owner.DisplayName, token, delivery.Id)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Consent {GrantId} granted in circle {CircleId}", grant.Id, grant.CircleId);
        return grant.Id;
    }

    /// <summary>Changes what, how often and until when. The recipient's yes still stands; narrowing takes effect on queued emails too.</summary>
    public async Task ChangeAsync(string circleId, string ownerUserId, string grantId, ConsentGrantInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var owner = await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        var grant = await FindOpenAsync(owner.CircleId, grantId, cancellationToken);
        var errors = new List<(string?, string)>();
        if (!grant.IsMemberRecipient && input.ContentMode == ConsentContentMode.SignInNotice)
        {
            errors.Add((nameof(input.ContentMode), "People without an account cannot sign in, so they get the update itself."));
        }

        CheckTerms(input, errors);
        if (errors.Count > 0)
        {
            throw new ConsentInputException(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (grant.Frequency == ConsentFrequency.Immediately && input.Frequency != ConsentFrequency.Immediately)
        {
            // Updates already emailed one by one must not come again in the first digest.
            grant.LastDigestUtc = now;
        }

        grant.Scope = input.Scope;
        grant.Purpose = input.Purpose!.Trim();
        grant.Frequency = input.Frequency;
        grant.ContentMode = input.ContentMode;
        grant.ExpiresUtc = now.AddMonths(input.ExpiryMonths);
        grant.ReminderSentUtc = null;
        ConsentHistory.Record(db, grant, ConsentActions.Changed, owner.UserId, now, Terms(grant));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Consent {GrantId} changed", grant.Id);
    }

    public async Task RevokeAsync(string circleId, string ownerUserId, string grantId, CancellationToken cancellationToken = default)
    {
        var owner = await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        var grant = await FindOpenAsync(owner.CircleId, grantId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        grant.Status = ConsentStatus.Revoked;
        grant.EndedUtc = now;
        ConsentHistory.Record(db, grant, ConsentActions.Revoked, owner.UserId, now, null);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Consent {GrantId} revoked", grant.Id);
    }

    /// <summary>
    /// Ends the consents whose recipient left or was removed from the circle. Adds to the context only: the
    /// caller saves with the membership change.
    /// </summary>
    internal static async Task EndForRecipientAsync(CirclesDbContext db, string circleId, string userId, string actorUserId, DateTime utcNow, CancellationToken cancellationToken)
    {
        var grants = await db.ConsentGrants
            .Where(g => g.CircleId == circleId && g.RecipientUserId == userId && (g.Status == ConsentStatus.Pending || g.Status == ConsentStatus.Active))
            .ToListAsync(cancellationToken);
        foreach (var grant in grants)
        {
            grant.Status = ConsentStatus.Ended;
            grant.EndedUtc = utcNow;
            ConsentHistory.Record(db, grant, ConsentActions.Ended, actorUserId, utcNow, detail: null);
        }
    }

    /// <summary>Ends every waiting or live consent the owner gave in a circle (when they hand it over).</summary>
    internal static async Task EndForOwnerAsync(CirclesDbContext db, string circleId, string ownerUserId, DateTime utcNow, CancellationToken cancellationToken)
    {
        var grants = await db.ConsentGrants
            .Where(g => g.CircleId == circleId && g.OwnerUserId == ownerUserId && (g.Status == ConsentStatus.Pending || g.Status == ConsentStatus.Active))
            .ToListAsync(cancellationToken);
        foreach (var grant in grants)
        {
            grant.Status = ConsentStatus.Ended;
            grant.EndedUtc = utcNow;
            ConsentHistory.Record(db, grant, ConsentActions.Ended, ownerUserId, utcNow, detail: "The circle was handed over");
        }
    }

    /// <summary>The terms in a few words for the history (never update content).</summary>
    public static string Terms(ConsentGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return $"{grant.RecipientName}: {ConsentRules.DescribeScope(grant.Scope)}, {ConsentRules.DescribeFrequency(grant.Frequency)}, "
            + $"{(grant.ContentMode == ConsentContentMode.SignInNotice ? "a note to sign in" : "the update itself")}, until {grant.ExpiresUtc:d MMM yyyy}";
    }

    private static void CheckTerms(ConsentGrantInput input, List<(string?, string)> errors)
    {
        input.Purpose = input.Purpose?.Trim();
        if (string.IsNullOrEmpty(input.Purpose))
        {
            errors.Add((nameof(input.Purpose), "Say in a few words why you share (you can keep the suggested words)."));
        }
        else if (input.Purpose.Length > ConsentGrant.MaxPurposeLength)
        {
            errors.Add((nameof(input.Purpose), $"Please keep the reason to {ConsentGrant.MaxPurposeLength} characters."));
        }

        if (input.ExpiryMonths is < 1 or > MaxExpiryMonths)
        {
            errors.Add((nameof(input.ExpiryMonths), $"Choose an end date from 1 to {MaxExpiryMonths} months from now."));
        }

        if (!Enum.IsDefined(input.Scope) || !Enum.IsDefined(input.Frequency) || !Enum.IsDefined(input.ContentMode))
        {
            errors.Add((null, "Choose what to share, how often and what the email holds."));
        }
    }

    private ConsentGrantView View(ConsentGrant g, CircleMember owner) => new(
        g,
        TimeZones.ToLocal(g.CreatedUtc, owner.TimeZoneId),
        TimeZones.ToLocal(g.ExpiresUtc, owner.TimeZoneId),
        g.ConfirmedUtc is DateTime c ? TimeZones.ToLocal(c, owner.TimeZoneId) : null,
        g.Status == ConsentStatus.Pending && g.ConfirmExpiresUtc <= clock.GetUtcNow().UtcDateTime);

    private async Task<ConsentGrant> FindOpenAsync(string circleId, string grantId, CancellationToken cancellationToken)
    {
        var grant = await db.ConsentGrants.SingleOrDefaultAsync(g => g.Id == grantId && g.CircleId == circleId, cancellationToken)
            ?? throw new CircleNotFoundException();
        return grant.Status is ConsentStatus.Pending or ConsentStatus.Active
            ? grant
            : throw new CircleRuleException("This sharing has already ended. Set up sharing again to start anew.");
    }
}
