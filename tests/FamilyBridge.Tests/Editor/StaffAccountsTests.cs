using System.Net;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Editor;

public sealed class StaffAccountsTests(EditorSiteFixture fixture) : IClassFixture<EditorSiteFixture>
{
    [Fact]
    public async Task A_staff_account_signs_in_with_its_second_factor_and_opens_the_admin_start_page()
    {
        var (account, client) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Editor, "Sam Editor");
        using var _ = client;

        var admin = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, admin.Response.StatusCode);
        Assert.Contains("Content", admin.Texts("main a"));
        Assert.Equal(SiteRoles.Editor, account.Role);
    }
}
