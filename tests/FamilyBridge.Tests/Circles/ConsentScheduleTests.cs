using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using FamilyBridge.Notifications.Services;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Circles;

/// <summary>Digests, reminders, expiry and the consent history, driven through the scheduler with a fake clock.</summary>
public sealed class ConsentScheduleTests : IAsyncLifetime
{
    private ConsentTestHost _host = null!;

    public async Task InitializeAsync() => _host = await ConsentTestHost.CreateAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Digests_hold_the_in_scope_updates_since_the_last_one_and_none_go_when_empty()
    {
        var (circle, owner) = await _host.CreateCircleAsync("digest");
        await _host.GrantConfirmedAsync(circle, owner, new ConsentGrantInput
        {
            RecipientName = "Dee",
            RecipientEmail = "daily@example.net",
            Scope = ConsentScope.MilestonesAndCheckIns,
            Frequency = ConsentFrequency.Daily,
        });
        await _host.GrantConfirmedAsync(circle, owner, new ConsentGrantInput
        {
            RecipientName = "Wes",
            RecipientEmail = "weekly@example.net",
            Scope = ConsentScope.AllUpdates,
            Frequency = ConsentFrequency.Weekly,
        });

        _host.Clock.Advance(TimeSpan.FromHours(1));
        await _host.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.CheckIn, Mood = 5, Note = "first-check-in" });
        await _host.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.Milestone, MilestoneDays = 30, Note = "the-milestone" });
        await _host.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.Note, Note = "a-note-out-of-daily-scope" });
        var gone = await _host.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.CheckIn, Mood = 2, Note = "deleted-check-in" });
        await _host.RunAsync(sp => sp.GetRequiredService<UpdateService>().DeleteAsync(circle, owner, gone));
        await _host.DeliverAsync();
        Assert.Single(_host.MailTo("daily@example.net")); // Only the confirmation: digests wait for their day.

        _host.Clock.Advance(TimeSpan.FromDays(1));
        await _host.RunSchedulerAsync();
        await _host.DeliverAsync();
        var daily = Assert.Single(_host.MailTo("daily@example.net"), m => m.Subject == "Sam shared updates");
        Assert.Null(SensitiveWords.Find(daily.Subject));
        Assert.Contains("Sam shared 2 updates since the last email.", daily.TextBody, StringComparison.Ordinal);
        Assert.Contains("first-check-in", daily.TextBody, StringComparison.Ordinal);
        Assert.Contains("the-milestone", daily.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("a-note-out-of-daily-scope", daily.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("deleted-check-in", daily.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("<https://family.example/email/unsubscribe/", daily.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.DoesNotContain(_host.MailTo("weekly@example.net"), m => m.Subject == "Sam shared updates");

        // A day with nothing new sends nothing.
        _host.Clock.Advance(TimeSpan.FromDays(1));
        await _host.RunSchedulerAsync();
        await _host.DeliverAsync();
        Assert.Single(_host.MailTo("daily@example.net"), m => m.Subject == "Sam shared updates");

        _host.Clock.Advance(TimeSpan.FromDays(5));
        await _host.RunSchedulerAsync();
        await _host.DeliverAsync();
        var weekly = Assert.Single(_host.MailTo("weekly@example.net"), m => m.Subject == "Sam shared updates");
        Assert.Contains("Sam shared 3 updates since the last email.", weekly.TextBody, StringComparison.Ordinal);
        Assert.Contains("a-note-out-of-daily-scope", weekly.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_history_records_every_step_with_who_and_when_and_the_owner_is_reminded_before_the_end()
    {
        var (circle, owner) = await _host.CreateCircleAsync("history");
        var start = _host.Clock.GetUtcNow();
        var (grantId, token) = await _host.GrantAsync(circle, owner, new ConsentGrantInput { RecipientName = "Hal", RecipientEmail = "hal@example.net", ExpiryMonths = 1 });
        _host.Clock.Advance(TimeSpan.FromHours(2));
        await _host.LinksAsync(s => s.ConfirmAsync(token));
        _host.Clock.Advance(TimeSpan.FromHours(1));
        await _host.ConsentsAsync(s => s.ChangeAsync(circle, owner, grantId, new ConsentGrantInput { Scope = ConsentScope.AllUpdates, Purpose = "Keep Hal close", ExpiryMonths = 1 }));

        // 14 days before the end (1 month after the change) the owner gets a reminder with a plain subject.
        _host.Clock.Advance(TimeSpan.FromDays(18));
        Assert.Equal(1, await _host.RunSchedulerAsync());
        await _host.DeliverAsync();
        var reminder = Assert.Single(_host.MailTo("owner-history@example.com"));
        Assert.Equal("A sharing choice of yours ends soon", reminder.Subject);
        Assert.Null(SensitiveWords.Find(reminder.Subject));
        Assert.Contains("Your email sharing with Hal ends on", reminder.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await _host.RunSchedulerAsync()); // Once only.

        _host.Clock.Advance(TimeSpan.FromDays(15));
        await _host.RunSchedulerAsync();

        var detail = await _host.ConsentsAsync(s => s.GetAsync(circle, owner, grantId));
        Assert.Equal(ConsentStatus.Expired, detail.Grant.Grant.Status);
        var steps = detail.History.Reverse().Select(e => (e.Who, e.What)).ToList();
        Assert.Equal(
            [
                ("You", ConsentActions.Describe(ConsentActions.Granted)),
                ("FamilyBridge", ConsentActions.Describe(ConsentActions.ConfirmationSent)),
                ("Hal", ConsentActions.Describe(ConsentActions.Confirmed)),
                ("You", ConsentActions.Describe(ConsentActions.Changed)),
                ("FamilyBridge", ConsentActions.Describe(ConsentActions.ReminderSent)),
                ("FamilyBridge", ConsentActions.Describe(ConsentActions.Expired)),
            ],
            steps);
        var times = detail.History.Reverse().Select(e => e.WhenLocal).ToList();
        Assert.Equal(start.UtcDateTime, times[0]);
        Assert.Equal(start.UtcDateTime.AddHours(2), times[2]);
        Assert.Contains("all updates", detail.History.First(e => e.What == ConsentActions.Describe(ConsentActions.Changed)).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_confirmation_link_works_for_seven_days_only()
    {
        var (circle, owner) = await _host.CreateCircleAsync("link");
        var (grantId, late) = await _host.GrantAsync(circle, owner, new ConsentGrantInput { RecipientName = "Lu", RecipientEmail = "late@example.net" });
        var (_, early) = await _host.GrantAsync(circle, owner, new ConsentGrantInput { RecipientName = "Ed", RecipientEmail = "early@example.net" });

        _host.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        Assert.Equal(ConsentStatus.Active, (await _host.LinksAsync(s => s.ConfirmAsync(early))).Status);

        _host.Clock.Advance(TimeSpan.FromSeconds(1));
        var preview = await _host.LinksAsync(s => s.PreviewConfirmAsync(late));
        Assert.True(preview.ConfirmLinkExpired);
        Assert.Equal(ConsentStatus.Pending, (await _host.LinksAsync(s => s.ConfirmAsync(late))).Status);
        await _host.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.Milestone, MilestoneDays = 30 });
        await _host.DeliverAsync();
        Assert.Single(_host.MailTo("late@example.net")); // The confirmation only.
        Assert.Single(_host.MailTo("early@example.net"), m => m.Subject == "Sam shared an update");
        Assert.Equal("Not confirmed: their link expired", FamilyBridge.Circles.Pages.ConsentWords.Status(
            (await _host.ConsentsAsync(s => s.GetAsync(circle, owner, grantId))).Grant));
        await Assert.ThrowsAsync<CircleNotFoundException>(() => _host.LinksAsync(s => s.ConfirmAsync(InvitationTokens.New())));
    }
}
