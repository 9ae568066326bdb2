using System.Globalization;
using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Site;
using FamilyBridge.Notifications.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.Circles.Services;

/// <summary>Emailed, single-use, seven-day invitations the owner can revoke.</summary>
public sealed class InvitationService(
    CirclesDbContext db,
    CircleAccess access,
    IMailSender mail,
    SiteLinks links,
    IStringLocalizer<CirclesText> text,
    TimeProvider clock,
    ILogger<InvitationService> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public const int MaxPerHour = 20;

    public const int MaxPerAddressPerDay = 3;

    /// <summary>Sends an invitation; returns the token (only the emailed link carries it).</summary>
    public async Task<string> InviteAsync(
        string circleId,
        string ownerUserId,
        string email,
        string? name,
        Relationship? relationship,
        CancellationToken cancellationToken = default)
    {
        var owner = await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        email = CircleService.Required(email, 256, "Enter the email address to invite.");
        if (!System.Net.Mail.MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            throw new CircleRuleException("Enter an email address like name@example.com.");
        }

        name = string.IsNullOrWhiteSpace(name) ? null : CircleService.Required(name, 60, "");
        var now = clock.GetUtcNow().UtcDateTime;
        var normalized = email.ToUpperInvariant();
        var pending = await db.Invitations.Where(i => i.CircleId == circleId && i.Status == InvitationStatus.Pending && i.ExpiresUtc > now)
            .Select(i => i.Email).ToListAsync(cancellationToken);
        if (pending.Any(e => e.ToUpperInvariant() == normalized))
        {
            throw new CircleRuleException("That address already has an invitation waiting. Revoke it first to send a new one.");
        }

        // Invitations are emails to people outside the site: a few an hour per circle, and a few a day to any one
        // address (a revoke-and-resend loop must not become a way to flood someone's inbox).
        var hourAgo = now - TimeSpan.FromHours(1);
        var dayAgo = now - TimeSpan.FromDays(1);
        var recent = await db.Invitations.Where(i => i.CircleId == circleId && i.CreatedUtc > dayAgo)
            .Select(i => new { i.Email, i.CreatedUtc }).ToListAsync(cancellationToken);
        if (recent.Count(i => i.CreatedUtc > hourAgo) >= MaxPerHour)
        {
            throw new CircleRuleException($"You have sent {MaxPerHour} invitations in the last hour. Please wait a little before sending more.");
        }

        if (recent.Count(i => i.Email.ToUpperInvariant() == normalized) >= MaxPerAddressPerDay)
        {
            throw new CircleRuleException("That address has had several invitations today. Please try again tomorrow, or ask them to check their spam folder.");
        }

        var people = await db.Members.CountAsync(m => m.CircleId == circleId && m.Status == MemberStatus.Active, cancellationToken);
        if (people + pending.Count >= CircleService.MaxPeople)
        {
            throw new CircleRuleException($"A circle holds up to {CircleService.MaxPeople} people, invitations included.");
        }

        var token = InvitationTokens.New();
        var invitation = new CircleInvitation
        {
            Id = ContentIds.New(),
            CircleId = circleId,
            Email = email,
            Name = name,
            Relationship = relationship,
            TokenHash = InvitationTokens.Hash(token),
            InvitedByUserId = owner.UserId,
            CreatedUtc = now,
            ExpiresUtc = now + Lifetime,
            Status = InvitationStatus.Pending,
        };
        db.Invitations.Add(invitation);
        access.Audit(circleId, owner.UserId, AuditActions.InvitationSent, now, detail: email);
        await db.SaveChangesAsync(cancellationToken);

        // Written in the owner's default language: the person invited has not chosen one yet.
        var language = await db.Circles.Where(c => c.Id == circleId).Select(c => c.EmailLanguage).SingleAsync(cancellationToken);
        using var culture = EmailCulture.Use(language);
        var firstName = owner.DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var link = links.Absolute($"{EmailCulture.PathPrefix(language)}/circles/invitations/{token}");
        var subject = text["{0} invited you to a private family circle on FamilyBridge", firstName].Value;
        SensitiveWords.Check(subject, null);

        // Neither the circle's name nor anything it holds goes in the email: previews and shared inboxes show it.
        var message = EmailLayout.Compose(
            email,
            name,
            subject,
            [
                text["{0} would like to keep you close through a private family circle on FamilyBridge. In the circle, only the people {1} chooses can see what is shared. {1} can also email some updates to people outside the circle who have said yes to those emails.", owner.DisplayName, firstName],
                text["Open the link to sign in or create an account, then accept or decline. The link works once and for 7 days."],
            ],
            text["See the invitation"],
            link,
            culture: CultureInfo.CurrentUICulture);
        await mail.SendAsync(message, cancellationToken);
        logger.LogInformation("Invitation {InvitationId} sent for circle {CircleId}", invitation.Id, circleId);
        return token;
    }

    public async Task<IReadOnlyList<InvitationView>> ListAsync(string? circleId, string? ownerUserId, CancellationToken cancellationToken = default)
    {
        var owner = await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        var invitations = await db.Invitations.AsNoTracking().Where(i => i.CircleId == owner.CircleId).ToListAsync(cancellationToken);
        return
        [
            .. invitations.OrderByDescending(i => i.CreatedUtc).Select(i => new InvitationView(
                i,
                StateOf(i),
                TimeZones.ToLocal(i.CreatedUtc, owner.TimeZoneId),
                TimeZones.ToLocal(i.ExpiresUtc, owner.TimeZoneId))),
        ];
    }

    public async Task RevokeAsync(string circleId, string ownerUserId, string invitationId, CancellationToken cancellationToken = default)
    {
        var owner = await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        var invitation = await db.Invitations.SingleOrDefaultAsync(
                i => i.Id == invitationId && i.CircleId == circleId && i.Status == InvitationStatus.Pending, cancellationToken)
            ?? throw new CircleNotFoundException();
        var now = clock.GetUtcNow().UtcDateTime;
        invitation.Status = InvitationStatus.Revoked;
        invitation.RespondedUtc = now;
        access.Audit(circleId, owner.UserId, AuditActions.InvitationRevoked, now, detail: invitation.Email);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Invitation {InvitationId} revoked", invitation.Id);
    }

    /// <summary>What the link shows a signed-in person; an unknown token is not found.</summary>
    public async Task<InvitationPreview> PreviewAsync(string? token, string userId, CancellationToken cancellationToken = default)
    {
        var invitation = await FindAsync(token, cancellationToken);
        var circle = await db.Circles.AsNoTracking().SingleAsync(c => c.Id == invitation.CircleId, cancellationToken);
        var inviter = await db.Members.AsNoTracking().SingleAsync(m => m.CircleId == circle.Id && m.IsOwner, cancellationToken);
        var member = await db.Members.AnyAsync(m => m.CircleId == circle.Id && m.UserId == userId && m.Status == MemberStatus.Active, cancellationToken);
        return new InvitationPreview(circle.Id, circle.Name, inviter.DisplayName, invitation.Name, invitation.Relationship, StateOf(invitation), member);
    }

    public async Task<string> AcceptAsync(
        string? token,
        string userId,
        string displayName,
        Relationship? relationship,
        string? timeZoneId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var invitation = await FindOpenAsync(token, cancellationToken);
        displayName = CircleService.Required(displayName, 60, "Tell the circle what to call you.");
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Members.SingleOrDefaultAsync(m => m.CircleId == invitation.CircleId && m.UserId == userId, cancellationToken);
        if (existing is { Status: MemberStatus.Active })
        {
            throw new CircleRuleException("You are already in this circle.");
        }

        var people = await db.Members.CountAsync(m => m.CircleId == invitation.CircleId && m.Status == MemberStatus.Active, cancellationToken);
        if (people >= CircleService.MaxPeople)
        {
            throw new CircleRuleException("This circle is full. Ask the person who invited you.");
        }

        var member = existing ?? new CircleMember { CircleId = invitation.CircleId, UserId = userId, DisplayName = displayName };
        member.DisplayName = displayName;
        member.Relationship = relationship;
        member.TimeZoneId = TimeZones.IsKnown(timeZoneId) ? timeZoneId! : "UTC";
        member.Status = MemberStatus.Active;
        member.JoinedUtc = now;
        member.EndedUtc = null;
        if (existing is null)
        {
            db.Members.Add(member);
        }

        invitation.Status = InvitationStatus.Accepted;
        invitation.RespondedUtc = now;
        invitation.RespondedByUserId = userId;
        access.Audit(invitation.CircleId, userId, AuditActions.InvitationAccepted, now, userId, $"{displayName} ({invitation.Email})");
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Invitation {InvitationId} accepted by {UserId}", invitation.Id, userId);
        return invitation.CircleId;
    }

    public async Task DeclineAsync(string? token, string userId, CancellationToken cancellationToken = default)
    {
        var invitation = await FindOpenAsync(token, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        invitation.Status = InvitationStatus.Declined;
        invitation.RespondedUtc = now;
        invitation.RespondedByUserId = userId;
        access.Audit(invitation.CircleId, userId, AuditActions.InvitationDeclined, now, userId, invitation.Email);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Invitation {InvitationId} declined", invitation.Id);
    }

    private InvitationState StateOf(CircleInvitation invitation) => invitation.Status switch
    {
        InvitationStatus.Revoked => InvitationState.Revoked,
        InvitationStatus.Accepted or InvitationStatus.Declined => InvitationState.Used,
        _ when invitation.ExpiresUtc <= clock.GetUtcNow().UtcDateTime => InvitationState.Expired,
        _ => InvitationState.Open,
    };

    private async Task<CircleInvitation> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            throw new CircleNotFoundException();
        }

        var hash = InvitationTokens.Hash(token);
        return await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken) ?? throw new CircleNotFoundException();
    }

    private async Task<CircleInvitation> FindOpenAsync(string? token, CancellationToken cancellationToken)
    {
        var invitation = await FindAsync(token, cancellationToken);
        return StateOf(invitation) switch
        {
            InvitationState.Open => invitation,
            InvitationState.Expired => throw new CircleRuleException("This invitation has expired. Ask for a new one."),
            InvitationState.Revoked => throw new CircleRuleException("This invitation was withdrawn."),
            _ => throw new CircleRuleException("This invitation has already been used."),
        };
    }
}
