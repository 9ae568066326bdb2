using System.Globalization;
using FamilyBridge.Accounts.Events;
using FamilyBridge.Circles.Handlers;
using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using FamilyBridge.Core.Data;
using FamilyBridge.Core.Events;
using FamilyBridge.Notifications.Data;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Circles;

/// <summary>Consent emails through the real outbox and a real SMTP server: who gets what, and when nothing goes.</summary>
public sealed class ConsentDeliveryTests(ConsentHostFixture fixture) : IClassFixture<ConsentHostFixture>
{
    private ConsentTestHost Host => fixture.Host;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Grant_confirm_and_post_delivers_the_update_with_unsubscribe_headers_and_a_plain_subject(DatabaseProvider provider)
    {
        await using var host = provider == DatabaseProvider.Sqlite ? null : await ConsentTestHost.CreateAsync(provider);
        var h = host ?? Host;
        var (circle, owner) = await h.CreateCircleAsync($"journey-{provider}");
        var to = $"ana-{provider}@example.net";
        var (grantId, token) = await h.GrantAsync(circle, owner, new ConsentGrantInput
        {
            RecipientName = "Ana",
            RecipientEmail = to,
            Scope = ConsentScope.MilestonesAndCheckIns,
        });

        var confirmation = Assert.Single(h.MailTo(to));
        Assert.Null(SensitiveWords.Find(confirmation.Subject));
        Assert.Contains("Nothing will be sent unless you confirm", confirmation.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("<https://family.example/email/unsubscribe/", confirmation.Headers["List-Unsubscribe"], StringComparison.Ordinal);

        // Before the yes, an update sends nothing.
        await h.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.CheckIn, Mood = 4, Note = "before-yes-7f1" });
        await h.DeliverAsync();
        Assert.Single(h.MailTo(to));

        await h.LinksAsync(s => s.ConfirmAsync(token));
        await h.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.CheckIn, Mood = 4, HardDay = true, Note = "Walked the dog at the lake" });
        await h.DeliverAsync();

        var update = h.MailTo(to)[^1];
        Assert.Equal("Sam shared an update", update.Subject);
        Assert.Null(SensitiveWords.Find(update.Subject));
        var unsubscribe = (update.Headers["List-Unsubscribe"] ?? "").Trim('<', '>');
        Assert.StartsWith("https://family.example/email/unsubscribe/", unsubscribe, StringComparison.Ordinal);
        Assert.Equal(grantId, await h.GrantIdOfUnsubscribeLinkAsync(new Uri(unsubscribe)));
        Assert.Equal("List-Unsubscribe=One-Click", update.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("Mood: 4 out of 5 (good)", update.TextBody, StringComparison.Ordinal);
        Assert.Contains("Today was a hard day.", update.TextBody, StringComparison.Ordinal);
        Assert.Contains("Sam wrote: Walked the dog at the lake", update.TextBody, StringComparison.Ordinal);
        var expires = await h.DbAsync(db => db.ConsentGrants.Where(g => g.Id == grantId).Select(g => g.ExpiresUtc).SingleAsync());
        Assert.Equal(h.Clock.GetUtcNow().UtcDateTime.AddMonths(6).Date, expires.Date);
        Assert.Contains(
            $"You get this email because Sam chose to share milestones and check-ins with you until {expires.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
            update.TextBody,
            StringComparison.Ordinal);
        Assert.Contains(unsubscribe, update.TextBody, StringComparison.Ordinal);
        Assert.Contains(unsubscribe, update.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("988", update.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("before-yes-7f1", string.Join("\n", h.MailTo(to).Select(m => m.TextBody)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scope_and_audience_decide_which_updates_reach_each_recipient()
    {
        var (circle, owner) = await Host.CreateCircleAsync("scope");
        var memberId = await Host.JoinAsync(circle, owner, "lee-scope@example.com", "Lee");
        var otherId = await Host.JoinAsync(circle, owner, "kim-scope@example.com", "Kim");
        await Host.GrantConfirmedAsync(circle, owner, new ConsentGrantInput { RecipientUserId = memberId, Scope = ConsentScope.AllUpdates });
        await Host.GrantConfirmedAsync(circle, owner, new ConsentGrantInput
        {
            RecipientName = "Ana",
            RecipientEmail = "ana-scope@example.net",
            Scope = ConsentScope.MilestonesAndCheckIns,
        });
        await Host.GrantConfirmedAsync(circle, owner, new ConsentGrantInput { RecipientName = "Bo", RecipientEmail = "bo-scope@example.net", Scope = ConsentScope.Milestones });

        await Host.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.Milestone, MilestoneDays = 30, Note = "m-all" });
        await Host.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.CheckIn, Mood = 3, Note = "c-all" });
        await Host.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.Note, Note = "n-all" });
        await Host.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.CheckIn, Mood = 3, Note = "c-lee", AudienceAll = false, AudienceUserIds = [memberId] });
        await Host.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.Milestone, MilestoneDays = 30, Note = "m-kim", AudienceAll = false, AudienceUserIds = [otherId] });
        await Host.DeliverAsync();

        string[] markers = ["c-all", "c-lee", "m-all", "m-kim", "n-all"];
        string[] Notes(string to) => [.. Host.MailTo(to).Where(m => m.Subject == "Sam shared an update")
            .Select(m => markers.Single(x => m.TextBody!.Contains(x, StringComparison.Ordinal))).Order(StringComparer.Ordinal)];
        Assert.Equal(["c-all", "c-lee", "m-all", "n-all"], Notes("lee-scope@example.com"));
        Assert.Equal(["c-all", "m-all"], Notes("ana-scope@example.net"));
        Assert.Equal(["m-all"], Notes("bo-scope@example.net"));
        Assert.Contains("A milestone: 30 days.", Host.MailTo("bo-scope@example.net")[^1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_notice_mode_sends_no_update_content_and_is_for_members_only()
    {
        var (circle, owner) = await Host.CreateCircleAsync("notice");
        var memberId = await Host.JoinAsync(circle, owner, "lee-notice@example.com", "Lee");
        await Host.GrantConfirmedAsync(circle, owner, new ConsentGrantInput
        {
            RecipientUserId = memberId,
            Scope = ConsentScope.AllUpdates,
            ContentMode = ConsentContentMode.SignInNotice,
        });

        var refused = await Assert.ThrowsAsync<ConsentInputException>(() => Host.ConsentsAsync(s => s.GrantAsync(circle, owner, new ConsentGrantInput
        {
            RecipientName = "Ana",
            RecipientEmail = "ana-notice@example.net",
            ContentMode = ConsentContentMode.SignInNotice,
            Confirmed = true,
        })));
        Assert.Contains(refused.Errors, e => e.Field == nameof(ConsentGrantInput.ContentMode) && e.Message.Contains("cannot sign in", StringComparison.Ordinal));

        await Host.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.Note, Note = "private-words-5c2" });
        await Host.DeliverAsync();
        var mail = Host.MailTo("lee-notice@example.com")[^1];
        Assert.Equal("Sam shared an update", mail.Subject);
        Assert.Contains("There is a new update from Sam. Sign in to FamilyBridge to read it.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://family.example/circles/{circle}", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("private-words-5c2", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("private-words-5c2", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_unsubscribe_expiry_and_removal_each_stop_messages_already_queued()
    {
        var (circle, owner) = await Host.CreateCircleAsync("stops");
        var memberId = await Host.JoinAsync(circle, owner, "lee-stops@example.com", "Lee");
        var revoked = await Host.GrantConfirmedAsync(circle, owner, new ConsentGrantInput { RecipientName = "R", RecipientEmail = "revoked-stops@example.net" });
        var unsubscribed = await Host.GrantConfirmedAsync(circle, owner, new ConsentGrantInput { RecipientName = "U", RecipientEmail = "unsub-stops@example.net" });
        await Host.GrantConfirmedAsync(circle, owner, new ConsentGrantInput { RecipientName = "E", RecipientEmail = "expired-stops@example.net", ExpiryMonths = 1 });
        await Host.GrantConfirmedAsync(circle, owner, new ConsentGrantInput { RecipientUserId = memberId });
        await Host.GrantConfirmedAsync(circle, owner, new ConsentGrantInput { RecipientName = "C", RecipientEmail = "control-stops@example.net", ExpiryMonths = 12 });

        // Queued for all five, not yet sent.
        await Host.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.Milestone, MilestoneDays = 30 });
        Assert.Equal(5, await Host.DbAsync(db => db.ConsentDeliveries.CountAsync(d => d.Kind == ConsentDeliveryKind.Update && db.ConsentGrants.Any(g => g.Id == d.GrantId && g.CircleId == circle))));

        await Host.ConsentsAsync(s => s.RevokeAsync(circle, owner, revoked));
        await Host.LinksAsync(s => s.UnsubscribeAsync(unsubscribed));
        await Host.RunAsync(sp => sp.GetRequiredService<CircleService>().RemoveMemberAsync(circle, owner, memberId));
        Host.Clock.Advance(TimeSpan.FromDays(32));
        await Host.DeliverAsync();

        Assert.Single(Host.MailTo("control-stops@example.net"), m => m.Subject == "Sam shared an update");
        foreach (var stopped in new[] { "revoked-stops@example.net", "unsub-stops@example.net", "expired-stops@example.net", "lee-stops@example.com" })
        {
            Assert.DoesNotContain(Host.MailTo(stopped), m => m.Subject == "Sam shared an update");
        }

        var states = await Host.DbAsync(db => db.ConsentGrants.Where(g => g.CircleId == circle).ToDictionaryAsync(g => g.RecipientName, g => g.Status));
        Assert.Equal(ConsentStatus.Revoked, states["R"]);
        Assert.Equal(ConsentStatus.Unsubscribed, states["U"]);
        Assert.Equal(ConsentStatus.Ended, states["Lee"]);
        Assert.Equal(ConsentStatus.Active, states["E"]); // The scheduler marks it; the gate already refused to send.
        await Host.RunSchedulerAsync();
        Assert.Equal(ConsentStatus.Expired, await Host.DbAsync(db => db.ConsentGrants.Where(g => g.CircleId == circle && g.RecipientName == "E").Select(g => g.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_deleted_or_edited_update_or_a_narrowed_scope_stops_a_queued_email()
    {
        var (circle, owner) = await Host.CreateCircleAsync("narrow");
        var grant = await Host.GrantConfirmedAsync(circle, owner, new ConsentGrantInput { RecipientName = "N", RecipientEmail = "n-narrow@example.net", Scope = ConsentScope.AllUpdates });
        var deleted = await Host.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.Note, Note = "deleted-note" });
        await Host.RunAsync(sp => sp.GetRequiredService<UpdateService>().DeleteAsync(circle, owner, deleted));
        await Host.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.Meeting });
        var edited = await Host.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.Milestone, MilestoneDays = 30, Note = "words-taken-back" });
        Host.Clock.Advance(TimeSpan.FromMinutes(1));
        await Host.RunAsync(sp => sp.GetRequiredService<UpdateService>().EditAsync(circle, owner, edited, new UpdateInput { Note = "kinder words" }));
        await Host.ConsentsAsync(s => s.ChangeAsync(circle, owner, grant, new ConsentGrantInput { Scope = ConsentScope.Milestones, Purpose = "Changed", ExpiryMonths = 6 }));
        await Host.DeliverAsync();

        Assert.DoesNotContain(Host.MailTo("n-narrow@example.net"), m => m.Subject == "Sam shared an update");
        var reasons = await Host.RunAsync(sp => sp.GetRequiredService<NotificationsDbContext>().Outbox
            .Where(m => m.Recipient == "n-narrow@example.net" && m.Subject == "Sam shared an update")
            .Select(m => new { m.Status, m.LastError })
            .ToListAsync());
        Assert.All(reasons, r => Assert.Equal(OutboxStatus.Cancelled, r.Status));
        Assert.Equal(
            [
                "An update in this email is no longer shared with this person.",
                "An update in this email was changed after the email was written.",
                "An update in this email was deleted.",
            ],
            reasons.Select(r => r.LastError ?? "").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Deleting_an_account_removes_its_own_sharing_and_ends_sharing_with_it()
    {
        var (circle, owner) = await Host.CreateCircleAsync("deletion");
        var memberId = await Host.JoinAsync(circle, owner, "lee-deletion@example.com", "Lee");
        var toMember = await Host.GrantConfirmedAsync(circle, owner, new ConsentGrantInput { RecipientUserId = memberId });
        await Host.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.Milestone, MilestoneDays = 30 });

        await Host.RunAsync(sp => sp.GetRequiredService<IDomainEventPublisher>().PublishAsync(new AccountDeleting(memberId)));
        await Host.DeliverAsync();
        Assert.DoesNotContain(Host.MailTo("lee-deletion@example.com"), m => m.Subject == "Sam shared an update");
        var ended = await Host.DbAsync(db => db.ConsentGrants.SingleAsync(g => g.Id == toMember));
        Assert.Equal((ConsentStatus.Ended, "", AccountDeletingHandler.DeletedAccount), (ended.Status, ended.RecipientEmail, ended.RecipientUserId));

        await Host.GrantConfirmedAsync(circle, owner, new ConsentGrantInput { RecipientName = "Ona", RecipientEmail = "ona-deletion@example.net" });
        await Host.RunAsync(sp => sp.GetRequiredService<IDomainEventPublisher>().PublishAsync(new AccountDeleting(owner)));
        Assert.False(await Host.DbAsync(db => db.ConsentGrants.AnyAsync(g => g.CircleId == circle)));
        Assert.False(await Host.DbAsync(db => db.ConsentEvents.AnyAsync(e => e.CircleId == circle)));
    }

    [Fact]
    public async Task A_circle_shares_with_at_most_twenty_addresses_at_a_time_and_each_address_once()
    {
        var (circle, owner) = await Host.CreateCircleAsync("cap");
        for (var i = 0; i < 20; i++)
        {
            await Host.ConsentsAsync(s => s.GrantAsync(circle, owner, new ConsentGrantInput { RecipientName = $"P{i}", RecipientEmail = $"p{i}-cap@example.net", Confirmed = true }));
        }

        var twice = await Assert.ThrowsAsync<ConsentInputException>(() => Host.ConsentsAsync(s => s.CheckAsync(circle, owner, new ConsentGrantInput { RecipientName = "Again", RecipientEmail = "P3-CAP@example.net" })));
        Assert.Equal("You already share with that address. Change or stop that sharing instead.", twice.Message);
        var full = await Assert.ThrowsAsync<ConsentInputException>(() => Host.ConsentsAsync(s => s.CheckAsync(circle, owner, new ConsentGrantInput { RecipientName = "One more", RecipientEmail = "extra-cap@example.net" })));
        Assert.Contains("up to 20 people at a time", full.Message, StringComparison.Ordinal);

        var first = (await Host.ConsentsAsync(s => s.ListAsync(circle, owner))).Grants[^1].Grant.Id;
        await Host.ConsentsAsync(s => s.RevokeAsync(circle, owner, first));
        await Host.ConsentsAsync(s => s.CheckAsync(circle, owner, new ConsentGrantInput { RecipientName = "One more", RecipientEmail = "extra-cap@example.net" }));
    }
}
