using System.Net;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Tests.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace FamilyBridge.Tests.Infrastructure;

/// <summary>
/// Staff for admin tests: a confirmed account with a site role and an authenticator app already enrolled, made
/// through the site's own UserManager, and a <see cref="Reader"/> signed in through the real password and
/// two-step pages.
/// </summary>
/// <example>
/// <code>
/// var editor = await StaffAccounts.CreateAsync(site.Services, SiteRoles.Editor);
/// using var client = await StaffAccounts.SignInAsync(site, editor);
/// var page = await client.GetAsync("/admin/content");
/// </code>
/// </example>
public static class StaffAccounts
{
    public static async Task<StaffAccount> CreateAsync(IServiceProvider services, string role, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AccountRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            Check(await roles.CreateAsync(new AccountRole(role)));
        }

        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var user = new AccountUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName ?? role,
            CreatedUtc = DateTime.UtcNow,
        };
        Check(await users.CreateAsync(user, AccountTestData.Password));
        Check(await users.AddToRoleAsync(user, role));
        Check(await users.ResetAuthenticatorKeyAsync(user));
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        return new StaffAccount(user.Id, email, AccountTestData.Password, user.DisplayName, role, key);
    }

    /// <summary>A new client signed in as <paramref name="account"/>: password, then the authenticator code.</summary>
    public static async Task<Reader> SignInAsync(SiteFactory site, StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var reader = new Reader(site);
        var password = await reader.SignInAsync(account.Email, account.Password);
        var next = password.Headers.Location?.OriginalString ?? "";
        Assert.True(next.StartsWith("/account/login/two-factor", StringComparison.Ordinal), $"Sign-in went to '{next}', not the two-step page.");
        var code = await reader.SubmitAsync(next, new Dictionary<string, string> { ["Code"] = account.CurrentCode() }, "main form[method=post]:not([action*=Recovery])");
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        return reader;
    }

    /// <summary>Creates the account and signs a client in as it.</summary>
    public static async Task<(StaffAccount Account, Reader Client)> CreateAndSignInAsync(SiteFactory site, string role, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        var account = await CreateAsync(site.Services, role, displayName);
        return (account, await SignInAsync(site, account));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>A staff account made by <see cref="StaffAccounts"/>; <see cref="CurrentCode"/> is what their phone would show.</summary>
public sealed record StaffAccount(string UserId, string Email, string Password, string DisplayName, string Role, string AuthenticatorKey)
{
    public string CurrentCode() => new Totp(Base32Encoding.ToBytes(AuthenticatorKey)).ComputeTotp();
}
