using System.Net;
using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Pages.Circles;
using FamilyBridge.Circles.Services;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;
using FamilyBridge.Tests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Circles;

/// <summary>The emailed invitation link through the real site: what a stranger sees, and the way through sign-up.</summary>
public sealed class InvitationPageTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    private const string CircleName = "Sam's quiet-harbour circle";

    [Fact]
    public async Task A_visitor_who_is_not_signed_in_sees_who_invited_them_and_what_a_circle_is_but_nothing_of_the_circle()
    {
        var (token, path) = await InviteAsync();
        using var visitor = new Reader(fixture.Site);

        var page = await visitor.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("Sam invited you to their family circle", page.Document.QuerySelector("h1")?.TextContent);
        Assert.Contains("What is a family circle?", page.Texts("h2"));
        Assert.DoesNotContain("quiet-harbour", page.Text, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("main form[method=post]"));
        var back = Uri.EscapeDataString(path);
        Assert.Equal($"/account/register?returnUrl={back}", page.Document.QuerySelector("main a[href^='/account/register']")?.GetAttribute("href"));
        Assert.Equal($"/account/login?returnUrl={back}", page.Document.QuerySelector("main a[href^='/account/login']")?.GetAttribute("href"));
        Assert.Equal("no-store", page.Response.Headers.CacheControl?.ToString());
        Assert.DoesNotContain(token, (await visitor.GetAsync("/")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_that_does_not_exist_says_so_plainly_with_a_404()
    {
        using var visitor = new Reader(fixture.Site);

        var page = await visitor.GetAsync("/circles/invitations/not-a-real-token");

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        Assert.Equal("This invitation link does not work", page.Document.QuerySelector("h1")?.TextContent);
        Assert.Contains("ask the person who invited you to send a new invitation", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_invitation_tells_a_visitor_to_ask_for_a_new_one()
    {
        var (token, path) = await InviteAsync();
        await using (var scope = fixture.Site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CirclesDbContext>();
            var hash = InvitationTokens.Hash(token);
            await db.Invitations.Where(i => i.TokenHash == hash).ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresUtc, DateTime.UtcNow.AddMinutes(-1)));
        }

        using var visitor = new Reader(fixture.Site);
        var page = await visitor.GetAsync(path);

        Assert.Contains("This invitation has expired", page.Text, StringComparison.Ordinal);
        Assert.Contains("ask Sam to send a new one", page.Text, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("main a[href^='/account/register']"));
    }

    [Fact]
    public async Task Registering_from_the_invitation_comes_back_to_it_through_the_emailed_confirmation_and_sign_in()
    {
        var (_, path) = await InviteAsync();
        using var invitee = new Reader(fixture.Site);
        var invitation = await invitee.GetAsync(path);
        var register = invitation.Document.QuerySelector("main a[href^='/account/register']")!.GetAttribute("href")!;
        var email = AccountTestData.NewEmail();

        var registered = await invitee.SubmitAsync(register, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Ana",
            ["Input.Email"] = email,
            ["Input.Password"] = AccountTestData.Password,
        });
        Assert.Equal($"/account/check-email?returnUrl={Uri.EscapeDataString(path)}", registered.Headers.Location?.OriginalString);

        // The link is built on Site:BaseUrl and carries the invitation's address.
        var mail = await invitee.WaitForMailAsync(email, "Confirm your email address");
        var link = new Uri(System.Text.RegularExpressions.Regex.Match(mail.TextBody!, @"https?://\S+/account/confirm-email\S+").Value);
        Assert.Equal(SiteFactory.PublicAddress.Host, link.Host);
        Assert.Contains($"returnUrl={Uri.EscapeDataString(path)}", link.Query, StringComparison.Ordinal);

        var confirmed = await invitee.GetAsync(link.PathAndQuery);
        Assert.Equal("Email confirmed", confirmed.Document.QuerySelector("h1")?.TextContent);
        var signInPath = confirmed.Document.QuerySelector("main a[href^='/account/login']")!.GetAttribute("href")!;
        Assert.Equal("Sign in and continue", confirmed.Document.QuerySelector("main a[href^='/account/login']")!.TextContent);

        var signedIn = await invitee.SubmitAsync(signInPath, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AccountTestData.Password,
        });
        Assert.Equal(path, signedIn.Headers.Location?.OriginalString);

        var back = await invitee.FollowAsync(signedIn);
        Assert.NotNull(back.Document.QuerySelector("main form[action*=Accept]"));
        Assert.Contains(CircleName, back.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_return_address_on_another_site_is_dropped_from_the_confirmation_link()
    {
        using var visitor = new Reader(fixture.Site);
        var email = AccountTestData.NewEmail();

        await visitor.SubmitAsync("/account/register?returnUrl=%2F%2Fevil.example%2Fphish", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Ana",
            ["Input.Email"] = email,
            ["Input.Password"] = AccountTestData.Password,
            ["returnUrl"] = "//evil.example/phish",
        });

        var mail = await visitor.WaitForMailAsync(email, "Confirm your email address");
        Assert.DoesNotContain("returnUrl", Reader.LinkIn(mail, "/account/confirm-email"), StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", mail.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US,en;q=0.9", "America/New_York", "guess")]
    [InlineData("en-GB", "Europe/London", "guess")]
    [InlineData("es-MX,es;q=0.8", "America/Mexico_City", "guess")]
    public async Task The_time_zone_starts_from_the_browser_language_region_and_says_it_is_a_guess(string languages, string zone, string hint)
    {
        var (_, path) = await InviteAsync();
        using var invitee = new Reader(fixture.Site);
        await invitee.RegisterAndSignInAsync("Ana");
        invitee.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(languages);

        var page = await invitee.GetAsync(path);

        Assert.Equal(zone, page.Document.QuerySelector("#accept-zone option[selected]")?.GetAttribute("value"));
        Assert.Contains(hint, page.Document.QuerySelector("#accept-zone-hint")?.TextContent, StringComparison.Ordinal);
        Assert.InRange(page.Document.QuerySelectorAll("#accept-zone option").Length, 10, 60);
        Assert.Contains("United States and Canada", page.Document.QuerySelectorAll("#accept-zone optgroup").Select(g => g.GetAttribute("label")));
    }

    [Fact]
    public async Task Without_a_region_nothing_is_chosen_for_the_person_and_the_full_list_is_one_link_away()
    {
        var (_, path) = await InviteAsync();
        using var invitee = new Reader(fixture.Site);
        await invitee.RegisterAndSignInAsync("Ana");
        invitee.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var page = await invitee.GetAsync(path);

        Assert.Null(page.Document.QuerySelector("#accept-zone option[selected]"));
        Assert.Equal("", page.Document.QuerySelector("#accept-zone option")?.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelector("#accept-zone[required]"));
        var all = page.Document.QuerySelectorAll("main a").Single(a => a.TextContent == "My time zone is not in this list").GetAttribute("href")!;
        var full = await invitee.GetAsync(all);
        Assert.True(full.Document.QuerySelectorAll("#accept-zone option").Length > 300);
        Assert.Contains("Europe", full.Document.QuerySelectorAll("#accept-zone optgroup").Select(g => g.GetAttribute("label")));
    }

    [Fact]
    public async Task Accepting_without_a_time_zone_keeps_what_was_typed_and_links_the_error_to_the_field_then_joins_with_the_zone_chosen()
    {
        var (_, path) = await InviteAsync();
        using var invitee = new Reader(fixture.Site);
        await invitee.RegisterAndSignInAsync("Ana");
        var page = await invitee.GetAsync(path);

        var refused = await invitee.SubmitAsync(page, path, new Dictionary<string, string>
        {
            ["displayName"] = "Auntie Ana",
            ["relationship"] = nameof(Relationship.Sibling),
            ["timeZoneId"] = "",
        }, "main form[action*=Accept]");
        var again = await HtmlPage.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(InvitationModel.ChooseTimeZoneMessage, again.Document.QuerySelector(".error-summary a[href='#accept-zone']")?.TextContent);
        Assert.Equal("Auntie Ana", again.Document.QuerySelector("#accept-name")?.GetAttribute("value"));
        Assert.Equal(nameof(Relationship.Sibling), again.Document.QuerySelector("#accept-relationship option[selected]")?.GetAttribute("value"));
        Assert.Equal("true", again.Document.QuerySelector("#accept-zone")?.GetAttribute("aria-invalid"));

        var joined = await invitee.SubmitAsync(again, path, new Dictionary<string, string>
        {
            ["displayName"] = "Auntie Ana",
            ["timeZoneId"] = "America/Chicago",
        }, "main form[action*=Accept]");
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var member = await scope.ServiceProvider.GetRequiredService<CirclesDbContext>().Members.SingleAsync(m => m.DisplayName == "Auntie Ana");
        Assert.Equal("America/Chicago", member.TimeZoneId);
    }

    /// <summary>Sam's circle and a fresh invitation to it; returns the token and the link's path.</summary>
    private async Task<(string Token, string Path)> InviteAsync()
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var owner = $"owner-{Guid.NewGuid():N}";
        var circle = await scope.ServiceProvider.GetRequiredService<CircleService>().CreateAsync(owner, CircleName, "Sam", "America/New_York", null);
        var token = await scope.ServiceProvider.GetRequiredService<InvitationService>().InviteAsync(circle, owner, AccountTestData.NewEmail(), "Ana", Relationship.Sibling);
        return (token, $"/circles/invitations/{token}");
    }
}
