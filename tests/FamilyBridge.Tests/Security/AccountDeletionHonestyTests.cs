using System.Net;
using System.Text.RegularExpressions;
using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Handlers;
using FamilyBridge.Notifications.Data;
using FamilyBridge.Notifications.Services;
using FamilyBridge.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Security;

/// <summary>
/// Issue 16, finding 10: deleting an account says first what goes (a circle closes for everyone), offers handing the
/// circle over, tells the members, and leaves no address of the person in the mail queue.
/// </summary>
public sealed partial class AccountDeletionHonestyTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    [Fact]
    public async Task Deleting_an_owner_says_the_circle_closes_tells_its_members_and_erases_the_owner_from_the_mail_queue()
    {
        using var owner = new Reader(fixture.Site);
        using var member = new Reader(fixture.Site);
        var (ownerEmail, circle, memberEmail) = await CircleWithOneMemberAsync(owner, member, "Closing circle");

        var data = await owner.GetAsync("/account/manage/data");
        Assert.Contains("Your circle “Closing circle” closes for everyone in it", data.Text, StringComparison.Ordinal);
        Assert.NotNull(data.Document.QuerySelector($"a[href='{circle}#handover-heading']"));
        Assert.True(await OutboxRowsToAsync(ownerEmail) > 0, "The owner was sent mail, so the queue held their address.");

        var deleted = await owner.FollowAsync(await owner.SubmitAsync("/account/manage/data", new Dictionary<string, string> { ["Input.ConfirmEmail"] = ownerEmail }));
        Assert.Contains("Your account is deleted", deleted.Text, StringComparison.Ordinal);

        var told = await member.WaitForMailAsync(memberEmail, AccountDeletingHandler.ClosedSubject);
        Assert.DoesNotContain("Closing circle", told.TextBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(circle)).Response.StatusCode);
        Assert.Equal(0, await OutboxRowsToAsync(ownerEmail));
        Assert.True(await OutboxRowsToAsync(MailQueue.ErasedAddress(ownerEmail)) > 0);
    }

    [Fact]
    public async Task A_circle_handed_to_a_member_carries_on_after_the_old_owner_deletes_their_account()
    {
        using var owner = new Reader(fixture.Site);
        using var member = new Reader(fixture.Site);
        var (ownerEmail, circle, memberEmail) = await CircleWithOneMemberAsync(owner, member, "Handed circle");
        var memberId = await CirclesDbAsync(db => db.Members.Where(m => m.CircleId == circle.Split('/', StringSplitOptions.None).Last() && !m.IsOwner).Select(m => m.UserId).SingleAsync());

        var handed = await owner.SubmitAsync($"{circle}/settings", new Dictionary<string, string> { ["newOwnerUserId"] = memberId }, "form[action*='handler=HandOver']");
        Assert.Equal(HttpStatusCode.Redirect, handed.StatusCode);
        var data = await owner.GetAsync("/account/manage/data");
        Assert.Contains("You leave the circle “Handed circle”", data.Text, StringComparison.Ordinal);
        await owner.SubmitAsync("/account/manage/data", new Dictionary<string, string> { ["Input.ConfirmEmail"] = ownerEmail });

        var page = await member.GetAsync(circle);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.NotNull((await member.GetAsync($"{circle}/settings")).Document.QuerySelector($"a[href='{circle}/invitations']"));
        Assert.DoesNotContain(member.MailsTo(memberEmail), m => m.Subject == AccountDeletingHandler.ClosedSubject);
    }

    private static async Task<(string OwnerEmail, string Circle, string MemberEmail)> CircleWithOneMemberAsync(Reader owner, Reader member, string name)
    {
        var ownerEmail = await owner.RegisterAndSignInAsync("Robin");
        var created = await owner.SubmitAsync("/circles", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.DisplayName"] = "Robin",
            ["Input.TimeZoneId"] = "UTC",
        });
        var circle = created.Headers.Location!.OriginalString;
        var memberEmail = await member.RegisterAndSignInAsync("Ana");
        await owner.SubmitAsync($"{circle}/invitations", new Dictionary<string, string> { ["email"] = memberEmail, ["name"] = "Ana" }, "form[action*='handler=Invite']");
        var invitation = await member.WaitForMailAsync(memberEmail, "Robin invited you to a private family circle on FamilyBridge");
        var link = new Uri(InvitationLink().Match(invitation.TextBody ?? "").Value).PathAndQuery;
        var accepted = await member.SubmitAsync(link, new Dictionary<string, string> { ["displayName"] = "Ana", ["timeZoneId"] = "America/Chicago" }, "form[action*='handler=Accept']");
        Assert.Equal(circle, accepted.Headers.Location?.OriginalString);
        return (ownerEmail, circle, memberEmail);
    }

    private async Task<int> OutboxRowsToAsync(string address)
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var lower = address.ToLowerInvariant();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Outbox.CountAsync(m => m.Recipient.ToLower() == lower);
    }

    private async Task<T> CirclesDbAsync<T>(Func<CirclesDbContext, Task<T>> action)
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CirclesDbContext>());
    }

    [GeneratedRegex(@"https?://\S+/circles/invitations/\S+")]
    private static partial Regex InvitationLink();
}
