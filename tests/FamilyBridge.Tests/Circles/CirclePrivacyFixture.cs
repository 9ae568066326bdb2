using System.Net;
using System.Text.RegularExpressions;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Circles.Data;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Circles;

/// <summary>
/// One real site with one circle set up over HTTP by its owner, and a signed-in browser-like client for every kind
/// of visitor the privacy matrix asks about.
/// </summary>
public sealed partial class CirclePrivacyFixture : IAsyncLifetime
{
    public const string CircleName = "Circle Heron-5521";
    public const string EveryoneMarker = "marker-update-everyone-31c";
    public const string RestrictedMarker = "marker-update-restricted-8d2";
    public const string ReplyMarker = "marker-reply-restricted-4be";
    public const string PlanMarker = "marker-plan-trigger-9a0";
    public const string InviteeMarker = "Quokka Invitee";

    public static readonly IReadOnlyList<string> AllMarkers = [CircleName, EveryoneMarker, RestrictedMarker, ReplyMarker, PlanMarker, InviteeMarker];

    private readonly Dictionary<Visitor, Reader> _readers = [];
    private SiteFactory? _site;

    public SiteFactory Site => _site ?? throw new InvalidOperationException("The site has not started.");

    public string CircleId { get; private set; } = "";

    public string RestrictedUpdateId { get; private set; } = "";

    public string ReplyId { get; private set; } = "";

    /// <summary>The circle member row of <see cref="Visitor.MemberOutsideAudience"/>, as the people page links to it.</summary>
    public long OutsideMemberId { get; private set; }

    public string PendingInvitationPath { get; private set; } = "";

    public Reader this[Visitor visitor] => _readers[visitor];

    public async Task InitializeAsync()
    {
        _site = await SiteFactory.StartAsync(SiteDatabase.Sqlite, AccountTestData.GenerousLimits);
        foreach (var visitor in Enum.GetValues<Visitor>())
        {
            var reader = new Reader(Site);
            _readers[visitor] = reader;
            if (visitor != Visitor.Anonymous)
            {
                var email = await CreateUserAsync(visitor);
                Assert.Equal(HttpStatusCode.Redirect, (await reader.SignInAsync(email, AccountTestData.Password)).StatusCode);
            }
        }

        var owner = this[Visitor.Owner];
        var created = await owner.SubmitAsync("/circles", new Dictionary<string, string>
        {
            ["Input.Name"] = CircleName,
            ["Input.DisplayName"] = "Sam",
            ["Input.TimeZoneId"] = "America/Chicago",
        });
        CircleId = created.Headers.Location!.OriginalString.Split('/').Last();

        foreach (var visitor in new[] { Visitor.MemberInAudience, Visitor.MemberOutsideAudience, Visitor.RemovedMember, Visitor.Invited })
        {
            await owner.SubmitAsync($"/circles/{CircleId}/invitations", new Dictionary<string, string>
            {
                ["email"] = EmailOf(visitor),
                ["name"] = visitor == Visitor.Invited ? InviteeMarker : visitor.ToString(),
                ["relationship"] = "Sibling",
            }, "form[action*='handler=Invite']");
            var mail = await owner.WaitForMailAsync(EmailOf(visitor), "Sam invited you to a private family circle on FamilyBridge");
            var link = new Uri(InvitationLink().Match(mail.TextBody ?? "").Value).PathAndQuery;
            if (visitor == Visitor.Invited)
            {
                PendingInvitationPath = link;
                continue;
            }

            var accepted = await this[visitor].SubmitAsync(link, new Dictionary<string, string> { ["displayName"] = visitor.ToString(), ["timeZoneId"] = "America/Chicago" }, "form[action*='handler=Accept']");
            Assert.Equal($"/circles/{CircleId}", accepted.Headers.Location?.OriginalString);
        }

        var ids = await UserIdsAsync();
        await owner.SubmitAsync($"/circles/{CircleId}", new Dictionary<string, string>
        {
            ["Kind"] = "Meeting",
            ["Note"] = EveryoneMarker,
        }, "form[action*='handler=Share']");
        await owner.SubmitAsync($"/circles/{CircleId}", new Dictionary<string, string>
        {
            ["Kind"] = "CheckIn",
            ["Mood"] = "4",
            ["Note"] = RestrictedMarker,
            ["AudienceAll"] = "false",
            ["AudienceUserIds"] = ids[Visitor.MemberInAudience],
        }, "form[action*='handler=Share']");
        RestrictedUpdateId = await RunDbAsync(db => db.Updates.Where(u => u.Note == RestrictedMarker).Select(u => u.Id).SingleAsync());
        await this[Visitor.MemberInAudience].SubmitAsync(
            $"/circles/{CircleId}/updates/{RestrictedUpdateId}",
            new Dictionary<string, string> { ["message"] = ReplyMarker },
            "form[action*='handler=Reply']");

        ReplyId = await RunDbAsync(db => db.Replies.Where(r => r.Message == ReplyMarker).Select(r => r.Id).SingleAsync());
        OutsideMemberId = await RunDbAsync(db => db.Members
            .Where(m => m.CircleId == CircleId && m.UserId == ids[Visitor.MemberOutsideAudience]).Select(m => m.Id).SingleAsync());

        await owner.SubmitAsync($"/circles/{CircleId}/plan", new Dictionary<string, string>
        {
            ["kind"] = "Trigger",
            ["text"] = PlanMarker,
            ["strength"] = "7",
        }, "form[action*='handler=Add']");
        await owner.SubmitAsync($"/circles/{CircleId}/plan", new Dictionary<string, string>
        {
            ["audienceUserIds"] = ids[Visitor.MemberInAudience],
        }, "form[action*='handler=Share']");
        await owner.SubmitAsync($"/circles/{CircleId}/checklist", new Dictionary<string, string>(), "form[action*='handler=Adopt']");

        var removedId = await RunDbAsync(db => db.Members
            .Where(m => m.CircleId == CircleId && m.UserId == ids[Visitor.RemovedMember]).Select(m => m.Id).SingleAsync());
        var removed = await owner.SubmitAsync($"/circles/{CircleId}/people/{removedId}/remove", new Dictionary<string, string>(), "main form.confirm-form");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
    }

    public static string EmailOf(Visitor visitor) => $"{visitor.ToString().ToLowerInvariant()}@circles.example";

    public async Task<Dictionary<Visitor, string>> UserIdsAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        var ids = new Dictionary<Visitor, string>();
        foreach (var visitor in Enum.GetValues<Visitor>().Where(v => v != Visitor.Anonymous))
        {
            ids[visitor] = (await users.FindByEmailAsync(EmailOf(visitor)))!.Id;
        }

        return ids;
    }

    public async Task<T> RunDbAsync<T>(Func<CirclesDbContext, Task<T>> action)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CirclesDbContext>());
    }

    public async Task DisposeAsync()
    {
        foreach (var reader in _readers.Values)
        {
            reader.Dispose();
        }

        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    private async Task<string> CreateUserAsync(Visitor visitor)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        var email = EmailOf(visitor);
        var user = new AccountUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Person {visitor}" };
        Assert.True((await users.CreateAsync(user, AccountTestData.Password)).Succeeded);
        var role = visitor switch
        {
            Visitor.SiteAdministrator => SiteRoles.Administrator,
            Visitor.SiteEditor => SiteRoles.Editor,
            _ => null,
        };
        if (role is not null)
        {
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        return email;
    }

    [GeneratedRegex(@"https?://\S+/circles/invitations/\S+")]
    private static partial Regex InvitationLink();
}
