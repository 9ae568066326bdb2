using System.Net;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Circles;

/// <summary>
/// The real site with one circle: a signed-in owner, member and stranger, and an anonymous visitor (the email
/// recipient). Mail goes through the real outbox to the pickup folder.
/// </summary>
public sealed class ConsentSiteFixture : IAsyncLifetime
{
    private SiteFactory? _site;

    public SiteFactory Site => _site ?? throw new InvalidOperationException("The site has not started.");

    public Reader Owner { get; private set; } = null!;

    public Reader Member { get; private set; } = null!;

    public Reader Stranger { get; private set; } = null!;

    public Reader Anonymous { get; private set; } = null!;

    public string CircleId { get; private set; } = "";

    public string OwnerId { get; private set; } = "";

    public string MemberId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(AccountTestData.GenerousLimits) { ["Circles:Consent:SchedulerInterval"] = "00:00:00" };
        _site = await SiteFactory.StartAsync(SiteDatabase.Sqlite, settings);
        (Owner, OwnerId) = await SignedInAsync("owner@consent.example");
        (Member, MemberId) = await SignedInAsync("member@consent.example");
        (Stranger, _) = await SignedInAsync("stranger@consent.example");
        Anonymous = new Reader(Site);

        var created = await Owner.SubmitAsync("/circles", new Dictionary<string, string>
        {
            ["Input.Name"] = "Circle Otter-7731",
            ["Input.DisplayName"] = "Sam Rivera",
            ["Input.TimeZoneId"] = "UTC",
        });
        CircleId = created.Headers.Location!.OriginalString.Split('/').Last();
        await RunAsync(async sp =>
        {
            var invitations = sp.GetRequiredService<InvitationService>();
            var token = await invitations.InviteAsync(CircleId, OwnerId, "member@consent.example", "Lee", Relationship.Sibling);
            await invitations.AcceptAsync(token, MemberId, "Lee", Relationship.Sibling, "UTC");
        });
    }

    public async Task RunAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public async Task<T> DbAsync<T>(Func<CirclesDbContext, Task<T>> action)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CirclesDbContext>());
    }

    /// <summary>Grants to an email-only recipient through the service and returns the grant id and the emailed confirm path.</summary>
    public async Task<(string GrantId, string ConfirmPath)> GrantAsync(string name, string email)
    {
        string grantId = "";
        await RunAsync(async sp => grantId = await sp.GetRequiredService<ConsentService>().GrantAsync(
            CircleId, OwnerId, new ConsentGrantInput { RecipientName = name, RecipientEmail = email, Confirmed = true }));
        var mail = await Owner.WaitForMailAsync(email, "Sam would like to send you updates");
        return (grantId, "/email/confirm/" + LastSegment(mail.TextBody, "/email/confirm/"));
    }

    public async Task DisposeAsync()
    {
        foreach (var reader in new[] { Owner, Member, Stranger, Anonymous })
        {
            reader?.Dispose();
        }

        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    private static string LastSegment(string? text, string marker)
    {
        var start = (text ?? "").IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        var end = text!.IndexOfAny([' ', '\r', '\n'], start);
        return text[start..(end < 0 ? text.Length : end)];
    }

    private async Task<(Reader Reader, string UserId)> SignedInAsync(string email)
    {
        string id = "";
        await RunAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AccountUser>>();
            var user = new AccountUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
            Assert.True((await users.CreateAsync(user, AccountTestData.Password)).Succeeded);
            id = user.Id;
        });
        var reader = new Reader(Site);
        Assert.Equal(HttpStatusCode.Redirect, (await reader.SignInAsync(email, AccountTestData.Password)).StatusCode);
        return (reader, id);
    }
}
