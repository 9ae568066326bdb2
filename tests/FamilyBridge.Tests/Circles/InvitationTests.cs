using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using FamilyBridge.Core.Data;
using FamilyBridge.Notifications.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Circles;

public sealed class InvitationTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 1, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_email_has_a_plain_subject_and_a_link_whose_token_is_stored_only_hashed(DatabaseProvider provider)
    {
        await using var host = await CircleTestHost.CreateAsync(provider, Now);
        var circle = await host.CirclesAsync(s => s.CreateAsync("owner", "Sam's quiet-harbour circle", "Sam Rivera", "UTC", null));

        var token = await host.InvitationsAsync(s => s.InviteAsync(circle, "owner", "ana@example.com", "Ana", Relationship.Parent));

        var mail = Assert.Single(host.SentMail());
        Assert.Equal("Sam invited you to a private family circle on FamilyBridge", mail.Subject);
        Assert.Null(SensitiveWords.Find(mail.Subject));
        Assert.Equal("ana@example.com", mail.To.Mailboxes.Single().Address);
        Assert.Contains($"https://family.example/circles/invitations/{token}", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("quiet-harbour", mail.TextBody, StringComparison.Ordinal);

        var stored = await host.RunAsync(sp => sp.GetRequiredService<CirclesDbContext>().Invitations.SingleAsync());
        Assert.Equal(InvitationTokens.Hash(token), stored.TokenHash);
        Assert.DoesNotContain(token, stored.TokenHash, StringComparison.Ordinal);
        Assert.Equal(Now.UtcDateTime.AddDays(7), stored.ExpiresUtc);

        var pending = Assert.Single(await host.InvitationsAsync(s => s.ListAsync(circle, "owner")));
        Assert.Equal(InvitationState.Open, pending.State);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_link_works_for_seven_days_and_then_expires(DatabaseProvider provider)
    {
        await using var host = await CircleTestHost.CreateAsync(provider, Now);
        var circle = await host.CreateCircleAsync("owner");
        var early = await host.InvitationsAsync(s => s.InviteAsync(circle, "owner", "a@example.com", null, null));
        var late = await host.InvitationsAsync(s => s.InviteAsync(circle, "owner", "b@example.com", null, null));

        host.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        await host.InvitationsAsync(s => s.AcceptAsync(early, "user-a", "Ana", Relationship.Sibling, "UTC"));
        Assert.Equal(2, (await host.CirclesAsync(s => s.GetOverviewAsync(circle, "user-a"))).Members.Count);

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(InvitationState.Expired, (await host.InvitationsAsync(s => s.PreviewAsync(late, "user-b"))).State);
        var refused = await Assert.ThrowsAsync<CircleRuleException>(() => host.InvitationsAsync(s => s.AcceptAsync(late, "user-b", "Bo", null, "UTC")));
        Assert.Contains("expired", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<CircleNotFoundException>(() => host.CirclesAsync(s => s.GetOverviewAsync(circle, "user-b")));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_link_works_once_and_a_revoked_link_not_at_all(DatabaseProvider provider)
    {
        await using var host = await CircleTestHost.CreateAsync(provider, Now);
        var circle = await host.CreateCircleAsync("owner");
        var used = await host.InvitationsAsync(s => s.InviteAsync(circle, "owner", "a@example.com", null, null));
        var revoked = await host.InvitationsAsync(s => s.InviteAsync(circle, "owner", "b@example.com", null, null));

        await host.InvitationsAsync(s => s.AcceptAsync(used, "user-a", "Ana", null, "UTC"));
        var replay = await Assert.ThrowsAsync<CircleRuleException>(() => host.InvitationsAsync(s => s.AcceptAsync(used, "forwarded-to", "Eve", null, "UTC")));
        Assert.Contains("already been used", replay.Message, StringComparison.Ordinal);

        var id = (await host.InvitationsAsync(s => s.ListAsync(circle, "owner"))).Single(i => i.Invitation.Email == "b@example.com").Invitation.Id;
        await host.InvitationsAsync(s => s.RevokeAsync(circle, "owner", id));
        Assert.Equal(InvitationState.Revoked, (await host.InvitationsAsync(s => s.PreviewAsync(revoked, "user-b"))).State);
        await Assert.ThrowsAsync<CircleRuleException>(() => host.InvitationsAsync(s => s.AcceptAsync(revoked, "user-b", "Bo", null, "UTC")));
        await Assert.ThrowsAsync<CircleRuleException>(() => host.InvitationsAsync(s => s.DeclineAsync(revoked, "user-b")));

        // Only the owner may revoke, and a made-up token finds nothing.
        await Assert.ThrowsAsync<CircleNotFoundException>(() => host.InvitationsAsync(s => s.RevokeAsync(circle, "user-a", id)));
        await Assert.ThrowsAsync<CircleNotFoundException>(() => host.InvitationsAsync(s => s.PreviewAsync(InvitationTokens.New(), "user-b")));

        var members = (await host.CirclesAsync(s => s.GetOverviewAsync(circle, "owner"))).Members;
        Assert.Equal(["owner", "user-a"], members.Select(m => m.UserId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task A_circle_holds_twenty_people_counting_pending_invitations(DatabaseProvider provider)
    {
        await using var host = await CircleTestHost.CreateAsync(provider, Now);
        var circle = await host.CreateCircleAsync("owner");
        for (var i = 0; i < 10; i++)
        {
            await host.JoinAsync(circle, "owner", $"member-{i}", $"Member {i}");
        }

        for (var i = 0; i < 9; i++)
        {
            await host.InvitationsAsync(s => s.InviteAsync(circle, "owner", $"pending-{i}@example.com", null, null));
        }

        var full = await Assert.ThrowsAsync<CircleRuleException>(
            () => host.InvitationsAsync(s => s.InviteAsync(circle, "owner", "one-too-many@example.com", null, null)));
        Assert.Contains("20 people", full.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Membership_and_invitation_changes_are_in_the_owners_audit_record(DatabaseProvider provider)
    {
        await using var host = await CircleTestHost.CreateAsync(provider, Now);
        var circle = await host.CreateCircleAsync("owner");
        await host.JoinAsync(circle, "owner", "mum", "Ana");
        await host.JoinAsync(circle, "owner", "dad", "Ben");
        var declined = await host.InvitationsAsync(s => s.InviteAsync(circle, "owner", "x@example.com", null, null));
        await host.InvitationsAsync(s => s.DeclineAsync(declined, "x-user"));
        await host.CirclesAsync(s => s.RemoveMemberAsync(circle, "owner", "dad"));
        await host.CirclesAsync(s => s.LeaveAsync(circle, "mum"));

        var (_, entries) = await host.RunAsync(sp => sp.GetRequiredService<AuditService>().ListAsync(circle, "owner"));
        var lines = entries.Select(e => $"{e.ActorName}: {e.What}").Reverse().ToList();
        Assert.Equal(
            [
                "Sam Rivera: Circle created",
                "Sam Rivera: Invitation sent", "Ana: Invitation accepted",
                "Sam Rivera: Invitation sent", "Ben: Invitation accepted",
                "Sam Rivera: Invitation sent", "Someone not in the circle: Invitation declined",
                "Sam Rivera: Member removed", "Ana: Member left",
            ],
            lines);
        await Assert.ThrowsAsync<CircleNotFoundException>(() => host.RunAsync(sp => sp.GetRequiredService<AuditService>().ListAsync(circle, "mum")));
    }
}
