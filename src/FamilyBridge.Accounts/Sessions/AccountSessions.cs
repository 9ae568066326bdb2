using System.Security.Claims;
using System.Security.Cryptography;
using FamilyBridge.Accounts.Data;
using FamilyBridge.Accounts.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Accounts.Sessions;

/// <summary>
/// A server-side record of every signed-in session (a row in Identity's user-token table, so no table of its
/// own), checked with the security stamp on every request. Signing out deletes this session's row, so a copied
/// cookie stops working at once; a password reset, an email change or "sign out everywhere" changes the stamp and
/// ends every session at once. A cookie is only a pointer to a row the server can take back.
/// </summary>
public sealed class AccountSessions(AccountsDbContext db, UserManager<AccountUser> users, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    public const string LoginProvider = "FamilyBridge.Session";
    public const string ClaimType = "fb:sid";

    /// <summary>Opens a session for <paramref name="user"/>; the returned claim goes into the sign-in cookie.</summary>
    public async Task<Claim> StartAsync(AccountUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var result = await users.SetAuthenticationTokenAsync(user, LoginProvider, id, clock.GetUtcNow().ToString("O"));
        return result.Succeeded ? new Claim(ClaimType, id) : throw new InvalidOperationException("The session could not be recorded.");
    }

    /// <summary>Ends the session the principal's cookie points at (nothing when it has none).</summary>
    public async Task EndAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var userId = users.GetUserId(principal);
        var id = principal.FindFirstValue(ClaimType);
        if (userId is not null && id is not null)
        {
            await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == LoginProvider && t.Name == id).ExecuteDeleteAsync();
        }
    }

    /// <summary>Ends every session of <paramref name="user"/> on every device.</summary>
    public async Task EndAllAsync(AccountUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        await users.UpdateSecurityStampAsync(user);
        await db.UserTokens.Where(t => t.UserId == user.Id && t.LoginProvider == LoginProvider).ExecuteDeleteAsync();
    }

    /// <summary>True while the account exists, is not locked, its stamp is the cookie's and the session row is there.</summary>
    public async Task<bool> IsLiveAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var userId = users.GetUserId(principal);
        var id = principal.FindFirstValue(ClaimType);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || id is null || stamp is null)
        {
            return false;
        }

        // One round trip: this runs on every signed-in request. The lockout date is compared here, not in SQL,
        // because SQLite cannot compare DateTimeOffset values.
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.SecurityStamp,
                u.LockoutEnd,
                HasSession = db.UserTokens.Any(t => t.UserId == u.Id && t.LoginProvider == LoginProvider && t.Name == id),
            })
            .SingleOrDefaultAsync();
        return account is not null && account.HasSession && account.SecurityStamp == stamp && !(account.LockoutEnd > clock.GetUtcNow());
    }

    /// <summary>The cookie handler's check on every request, in place of Identity's interval-based stamp check.</summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sessions = context.HttpContext.RequestServices.GetRequiredService<AccountSessions>();
        if (context.Principal is null || !await sessions.IsLiveAsync(context.Principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }
}
