using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using FamilyBridge.Core.Data;

namespace FamilyBridge.Tests.Circles;

/// <summary>Issue 16, findings 12 and 14: invitations are throttled and honest; milestones are ones the counter reached.</summary>
public sealed class CircleLimitsTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Re_inviting_one_address_over_and_over_stops_after_three_emails_a_day()
    {
        await using var host = await CircleTestHost.CreateAsync(DatabaseProvider.Sqlite, Now);
        var circle = await host.CreateCircleAsync("owner");
        for (var i = 0; i < InvitationService.MaxPerAddressPerDay; i++)
        {
            await host.InvitationsAsync(s => s.InviteAsync(circle, "owner", "target@example.net", null, null));
            var id = (await host.InvitationsAsync(s => s.ListAsync(circle, "owner")))[0].Invitation.Id;
            await host.InvitationsAsync(s => s.RevokeAsync(circle, "owner", id));
        }

        var refused = await Assert.ThrowsAsync<CircleRuleException>(
            () => host.InvitationsAsync(s => s.InviteAsync(circle, "owner", "TARGET@example.net", null, null)));
        Assert.Contains("several invitations today", refused.Message, StringComparison.Ordinal);
        Assert.Equal(InvitationService.MaxPerAddressPerDay, host.SentMail().Count(m => m.To.Mailboxes.Any(a => a.Address == "target@example.net")));

        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.InvitationsAsync(s => s.InviteAsync(circle, "owner", "target@example.net", null, null));
    }

    [Fact]
    public async Task The_invitation_email_says_updates_may_also_be_emailed_to_consenting_people_outside_the_circle()
    {
        await using var host = await CircleTestHost.CreateAsync(DatabaseProvider.Sqlite, Now);
        var circle = await host.CreateCircleAsync("owner");

        await host.InvitationsAsync(s => s.InviteAsync(circle, "owner", "ana@example.com", "Ana", Relationship.Parent));

        var text = Assert.Single(host.SentMail()).TextBody;
        Assert.Contains("Sam can also email some updates to people outside the circle who have said yes to those emails.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Only the people in it", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2147483647)]
    [InlineData(30)]
    [InlineData(8)]
    public async Task A_milestone_the_counter_has_not_reached_is_refused(int days)
    {
        await using var host = await CircleTestHost.CreateAsync(DatabaseProvider.Sqlite, Now);
        var circle = await host.CreateCircleAsync("owner", start: DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-10));

        var refused = await Assert.ThrowsAsync<CircleRuleException>(() => host.UpdatesAsync(s => s.PostAsync(circle, "owner", new UpdateInput
        {
            Kind = UpdateKind.Milestone,
            MilestoneDays = days,
        })));

        Assert.Equal("You can share a milestone once your counter reaches it.", refused.Message);
        await host.UpdatesAsync(s => s.PostAsync(circle, "owner", new UpdateInput { Kind = UpdateKind.Milestone, MilestoneDays = 7 }));
    }
}
