using System.Net;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Accounts.Pages.Admin;
using FamilyBridge.Accounts.Services;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace FamilyBridge.Tests.Accounts;

public sealed class SetupTests
{
    [Fact]
    public async Task Setup_creates_the_first_administrator_then_is_gone_and_admin_pages_need_two_step_sign_in()
    {
        await using var site = await SiteFactory.StartAsync(SiteDatabase.Sqlite, AccountTestData.GenerousLimits);
        using var admin = new Reader(site);
        var email = AccountTestData.NewEmail();

        // Without the token printed at first start (and kept in App_Data), there is no setup page at all.
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync(new Uri("/setup", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync(new Uri("/setup?token=0123456789abcdef", UriKind.Relative))).StatusCode);
        var tokenFile = Path.Combine(site.AppDataPath, SetupToken.FileName);
        var setupPath = $"/setup?token={(await File.ReadAllTextAsync(tokenFile)).Trim()}";

        var form = await admin.GetAsync(setupPath);
        Assert.Equal(HttpStatusCode.OK, form.Response.StatusCode);
        var done = await admin.SubmitAsync(form, setupPath, new Dictionary<string, string>
        {
            ["Input.SiteName"] = "Maple Street Families",
            ["Input.DisplayName"] = "Alex",
            ["Input.Email"] = email,
            ["Input.Password"] = AccountTestData.Password,
        }, "main form[method=post]");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync(new Uri(setupPath, UriKind.Relative))).StatusCode);
        Assert.False(File.Exists(tokenFile));
        Assert.Contains("Maple Street Families", (await admin.GetAsync("/")).Document.Title, StringComparison.Ordinal);
        using var stranger = new Reader(site);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(new Uri("/setup", UriKind.Relative))).StatusCode);

        // Signed in as administrator, but without a second factor the admin pages send them to enrol.
        var users = await admin.Client.GetAsync(new Uri("/admin/users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.Equal("/account/manage/two-factor", users.Headers.Location?.OriginalString.Split('?')[0]);

        var enrol = await admin.GetAsync("/account/manage/two-factor?required=true");
        Assert.Contains("Your role on this site needs two-step sign-in", enrol.Text, StringComparison.Ordinal);
        var key = enrol.Document.QuerySelector("figure.qr-code code")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await admin.SubmitAsync(enrol, "/account/manage/two-factor", new Dictionary<string, string> { ["Code"] = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp() }, "form[action*=Enable]");

        var list = await admin.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, list.Response.StatusCode);
        Assert.Contains(email, list.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).Response.StatusCode);

        // Their own Administrator role offers no "Remove" (finding 13), says why, and a forged removal is refused.
        Assert.Null(list.Document.QuerySelector("form[action*=Remove]"));
        Assert.Contains(UsersModel.OwnAdministratorNote, list.Text, StringComparison.Ordinal);
        var token = list.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var adminId = (await RunUsersAsync(site, u => u.FindByEmailAsync(email)))!.Id;
        using var forged = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userId"] = adminId,
            ["role"] = SiteRoles.Administrator,
        });
        var refusedPage = await admin.FollowAsync(await admin.Client.PostAsync(new Uri("/admin/users?handler=Remove", UriKind.Relative), forged));
        Assert.Contains("The site needs at least one administrator", refusedPage.Text, StringComparison.Ordinal);
        await using var scope = site.Services.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        Assert.Single(await userManager.GetUsersInRoleAsync(SiteRoles.Administrator));
    }

    private static async Task<T> RunUsersAsync<T>(SiteFactory site, Func<UserManager<AccountUser>, Task<T>> action)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>());
    }

    [Fact]
    public async Task A_signed_in_reader_without_a_role_cannot_open_admin_pages()
    {
        await using var site = await SiteFactory.StartAsync(SiteDatabase.Sqlite, AccountTestData.GenerousLimits);
        using var reader = new Reader(site);
        await reader.RegisterAndSignInAsync();

        var users = await reader.Client.GetAsync(new Uri("/admin/users", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.Equal("/account/access-denied", users.Headers.Location?.AbsolutePath);
    }
}
