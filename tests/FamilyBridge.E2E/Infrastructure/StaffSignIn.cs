using FamilyBridge.Accounts.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using static Microsoft.Playwright.Assertions;

namespace FamilyBridge.E2E.Infrastructure;

/// <summary>
/// Staff in the browser: a confirmed account with a site role and an authenticator app enrolled (made through the
/// site's UserManager), signed in through the real sign-in and two-step pages.
/// </summary>
/// <example>
/// <code>
/// var page = await browser.NewPageAsync(site.BaseAddress);
/// var editor = await StaffSignIn.CreateAsync(site.Site, SiteRoles.Editor);
/// await StaffSignIn.SignInAsync(page, editor);
/// </code>
/// </example>
public static class StaffSignIn
{
    public const string Password = "a long kind passphrase";

    public static async Task<StaffMember> CreateAsync(KestrelSiteFactory site, string role, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AccountRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            Check(await roles.CreateAsync(new AccountRole(role)));
        }

        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var user = new AccountUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName ?? role, CreatedUtc = DateTime.UtcNow };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        Check(await users.ResetAuthenticatorKeyAsync(user));
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        return new StaffMember(user.Id, email, user.DisplayName, key);
    }

    /// <summary>Signs the page in through /account/login and the two-step page; ends on a signed-in page.</summary>
    public static async Task SignInAsync(IPage page, StaffMember member)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(member);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email address").FillAsync(member.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("The 6-digit code from your authenticator app").FillAsync(member.CurrentCode());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>A staff account made by <see cref="StaffSignIn"/>; <see cref="CurrentCode"/> is what their phone would show.</summary>
public sealed record StaffMember(string UserId, string Email, string DisplayName, string AuthenticatorKey)
{
    public string CurrentCode() => new Totp(Base32Encoding.ToBytes(AuthenticatorKey)).ComputeTotp();
}
