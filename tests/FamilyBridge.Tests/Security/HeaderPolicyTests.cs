using System.Net;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FamilyBridge.Tests.Security;

/// <summary>Issue 16, finding 12: cookies are Secure over HTTPS, and the full-site export is never stored by a cache.</summary>
public sealed class HeaderPolicyTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    [Fact]
    public async Task Over_HTTPS_the_antiforgery_cookie_is_Secure()
    {
        using var client = fixture.Site.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost/"),
            AllowAutoRedirect = false,
            HandleCookies = false,
        });

        var page = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        var cookies = page.Headers.GetValues("Set-Cookie").ToList();
        var antiforgery = Assert.Single(cookies, c => c.StartsWith("fb-antiforgery=", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_full_site_export_and_other_admin_pages_are_no_store()
    {
        var (_, admin) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Administrator);
        using var _ = admin;

        var export = await admin.Client.GetAsync(new Uri("/admin/recipes?handler=Export", UriKind.Relative));
        var users = await admin.Client.GetAsync(new Uri("/admin/users", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.True(export.Headers.CacheControl?.NoStore, "The export must carry Cache-Control: no-store.");
        Assert.True(users.Headers.CacheControl?.NoStore, "Admin pages must carry Cache-Control: no-store.");
    }
}
