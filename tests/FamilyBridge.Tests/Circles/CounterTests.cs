using FamilyBridge.Circles.Models;
using FamilyBridge.Core.Data;

namespace FamilyBridge.Tests.Circles;

public sealed class CounterTests
{
    // 23:30 UTC on 1 January: still 1 January in New York, already 2 January in Auckland.
    private static readonly DateTimeOffset NewYearsNight = new(2027, 1, 1, 23, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Days_count_from_the_start_date_in_the_owners_time_zone(DatabaseProvider provider)
    {
        await using var host = await CircleTestHost.CreateAsync(provider, NewYearsNight);
        var start = new DateOnly(2026, 12, 31);
        var newYork = await host.CreateCircleAsync("owner-ny", timeZone: "America/New_York", start: start);
        var auckland = await host.CreateCircleAsync("owner-akl", timeZone: "Pacific/Auckland", start: start);

        Assert.Equal(1, (await host.CirclesAsync(s => s.GetOverviewAsync(newYork, "owner-ny"))).DaysInRecovery);
        Assert.Equal(2, (await host.CirclesAsync(s => s.GetOverviewAsync(auckland, "owner-akl"))).DaysInRecovery);

        // A member far away reads the owner's count, not one of their own.
        await host.JoinAsync(newYork, "owner-ny", "aunt-tokyo", "Keiko", "Asia/Tokyo");
        Assert.Equal(1, (await host.CirclesAsync(s => s.GetOverviewAsync(newYork, "aunt-tokyo"))).DaysInRecovery);

        // The owner moves to Auckland: "today" moves with them.
        await host.CirclesAsync(s => s.SetTimeZoneAsync(newYork, "owner-ny", "Pacific/Auckland"));
        Assert.Equal(2, (await host.CirclesAsync(s => s.GetOverviewAsync(newYork, "aunt-tokyo"))).DaysInRecovery);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_milestone_is_suggested_once_reached_until_it_is_shared(DatabaseProvider provider)
    {
        await using var host = await CircleTestHost.CreateAsync(provider, NewYearsNight);
        var circle = await host.CreateCircleAsync("owner", timeZone: "America/New_York", start: new DateOnly(2026, 12, 26));
        await host.JoinAsync(circle, "owner", "mum", "Ana");

        var owner = await host.CirclesAsync(s => s.GetOverviewAsync(circle, "owner"));
        Assert.Equal(6, owner.DaysInRecovery);
        Assert.Equal(1, owner.SuggestedMilestone);

        host.Clock.Advance(TimeSpan.FromDays(1));
        owner = await host.CirclesAsync(s => s.GetOverviewAsync(circle, "owner"));
        Assert.Equal(7, owner.DaysInRecovery);
        Assert.Equal(7, owner.SuggestedMilestone);
        Assert.Equal("7 days", owner.SuggestedMilestoneLabel);
        Assert.Null((await host.CirclesAsync(s => s.GetOverviewAsync(circle, "mum"))).SuggestedMilestone);

        await host.UpdatesAsync(s => s.PostAsync(circle, "owner", new UpdateInput { Kind = UpdateKind.Milestone, MilestoneDays = 7, Note = "One week." }));
        Assert.Null((await host.CirclesAsync(s => s.GetOverviewAsync(circle, "owner"))).SuggestedMilestone);

        var mum = await host.CirclesAsync(s => s.GetOverviewAsync(circle, "mum"));
        var shared = Assert.Single(mum.Updates);
        Assert.Equal("7 days", shared.MilestoneLabel);
        Assert.Equal("Sam Rivera", shared.AuthorName);

        host.Clock.Advance(TimeSpan.FromDays(23));
        Assert.Equal(30, (await host.CirclesAsync(s => s.GetOverviewAsync(circle, "owner"))).SuggestedMilestone);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_restart_keeps_past_milestones_and_tells_only_the_chosen_people(DatabaseProvider provider)
    {
        await using var host = await CircleTestHost.CreateAsync(provider, NewYearsNight);
        var circle = await host.CreateCircleAsync("owner", start: new DateOnly(2026, 10, 1));
        await host.JoinAsync(circle, "owner", "partner", "Jo");
        await host.JoinAsync(circle, "owner", "brother", "Luis");

        await host.CirclesAsync(s => s.RestartCounterAsync(circle, "owner", new DateOnly(2027, 1, 1), audienceAll: false, ["partner"]));

        var owner = await host.CirclesAsync(s => s.GetOverviewAsync(circle, "owner"));
        Assert.Equal(0, owner.DaysInRecovery);
        Assert.Equal(new DateOnly(2027, 1, 1), owner.StartDate);
        Assert.Collection(
            owner.History,
            current => Assert.Equal((new DateOnly(2027, 1, 1), (DateOnly?)null, 0), (current.StartDate, current.EndDate, current.Days)),
            past =>
            {
                Assert.Equal(new DateOnly(2026, 12, 31), past.EndDate);
                Assert.Equal(91, past.Days);
                Assert.Equal(["1 day", "7 days", "30 days", "60 days", "90 days"], past.MilestonesReached);
            });

        var partner = await host.CirclesAsync(s => s.GetOverviewAsync(circle, "partner"));
        var told = Assert.Single(partner.Updates);
        Assert.Equal(UpdateKind.CounterRestart, told.Update.Kind);
        Assert.Empty((await host.CirclesAsync(s => s.GetOverviewAsync(circle, "brother"))).Updates);
        await Assert.ThrowsAsync<FamilyBridge.Circles.Services.CircleNotFoundException>(
            () => host.UpdatesAsync(s => s.GetAsync(circle, told.Update.Id, "brother")));

        // Counting goes on from the new date.
        host.Clock.Advance(TimeSpan.FromDays(7));
        var later = await host.CirclesAsync(s => s.GetOverviewAsync(circle, "owner"));
        Assert.Equal(7, later.DaysInRecovery);
        Assert.Equal(7, later.SuggestedMilestone);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task A_start_date_in_the_future_or_a_restart_backwards_is_refused(DatabaseProvider provider)
    {
        await using var host = await CircleTestHost.CreateAsync(provider, NewYearsNight);
        await Assert.ThrowsAsync<FamilyBridge.Circles.Services.CircleRuleException>(
            () => host.CreateCircleAsync("owner", timeZone: "America/New_York", start: new DateOnly(2027, 1, 2)));
        var circle = await host.CreateCircleAsync("owner", timeZone: "Pacific/Auckland", start: new DateOnly(2027, 1, 2));
        await Assert.ThrowsAsync<FamilyBridge.Circles.Services.CircleRuleException>(
            () => host.CirclesAsync(s => s.RestartCounterAsync(circle, "owner", new DateOnly(2027, 1, 1), true, null)));
    }
}
