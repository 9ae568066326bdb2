using System.Net;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Accounts;

public sealed class RoleChangeTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    [Fact]
    public async Task A_role_given_works_on_the_next_request_and_a_role_taken_away_stops_at_once_without_signing_out()
    {
        var (_, admin) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Administrator, "Alex");
        using var _ = admin;
        using var person = new Reader(fixture.Site);
        var email = await person.RegisterAndSignInAsync("Jordan");
        var userId = await UserIdAsync(email);

        var before = await person.Client.GetAsync(new Uri("/admin/content", UriKind.Relative));
        Assert.Equal("/account/access-denied", before.Headers.Location?.AbsolutePath);

        var granted = await admin.SubmitAsync("/admin/users", new Dictionary<string, string> { ["userId"] = userId, ["role"] = SiteRoles.Author }, "form[action*=Grant]");
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Contains("do not need to sign out", (await admin.FollowAsync(granted)).Text, StringComparison.Ordinal);

        var after = await person.Client.GetAsync(new Uri("/admin/content", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await person.Client.GetAsync(new Uri("/account/manage", UriKind.Relative))).StatusCode);

        var removed = await admin.SubmitAsync("/admin/users", new Dictionary<string, string> { ["userId"] = userId, ["role"] = SiteRoles.Author }, "form[action*=Remove]");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);

        var gone = await person.Client.GetAsync(new Uri("/admin/content", UriKind.Relative));
        Assert.Equal("/account/access-denied", gone.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await person.Client.GetAsync(new Uri("/account/manage", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task An_editor_role_given_sends_the_person_to_set_up_two_step_sign_in_instead_of_403()
    {
        var (_, admin) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Administrator, "Alex");
        using var _ = admin;
        using var person = new Reader(fixture.Site);
        var userId = await UserIdAsync(await person.RegisterAndSignInAsync("Casey"));

        await admin.SubmitAsync("/admin/users", new Dictionary<string, string> { ["userId"] = userId, ["role"] = SiteRoles.Editor }, "form[action*=Grant]");

        var next = await person.Client.GetAsync(new Uri("/admin/content", UriKind.Relative));
        Assert.Equal("/account/manage/two-factor?required=true", next.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_password_reset_still_ends_other_sessions_after_a_role_change_marked_them_for_refresh()
    {
        var (_, admin) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Administrator, "Alex");
        using var _ = admin;
        using var person = new Reader(fixture.Site);
        var email = await person.RegisterAndSignInAsync("Riley");
        var userId = await UserIdAsync(email);
        await admin.SubmitAsync("/admin/users", new Dictionary<string, string> { ["userId"] = userId, ["role"] = SiteRoles.Author }, "form[action*=Grant]");

        using var elsewhere = new Reader(fixture.Site);
        await elsewhere.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        var mail = await elsewhere.WaitForMailAsync(email, "Set a new password");
        await elsewhere.SubmitAsync(Reader.LinkIn(mail, "/account/reset-password"), new Dictionary<string, string> { ["Input.Password"] = "a brand new passphrase" });

        var manage = await person.Client.GetAsync(new Uri("/account/manage", UriKind.Relative));
        Assert.StartsWith("/account/login", manage.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_403_page_says_who_you_are_what_the_page_needs_and_how_to_get_access()
    {
        using var person = new Reader(fixture.Site);
        await person.RegisterAndSignInAsync("Morgan");

        var denied = await person.FollowAsync(await person.Client.GetAsync(new Uri("/admin/users", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.Forbidden, denied.Response.StatusCode);
        var text = Web.HtmlPage.Collapse(denied.Text);
        Assert.Contains("as a reader, with no staff role", text, StringComparison.Ordinal);
        Assert.Contains("This page is for an administrator.", text, StringComparison.Ordinal);
        Assert.Contains("Ask one of the site's administrators", text, StringComparison.Ordinal);
        Assert.Equal("/admin/users", denied.Document.QuerySelector("main a[href='/admin/users']")?.GetAttribute("href"));
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>().FindByEmailAsync(email);
        return user!.Id;
    }
}
