using System.Security.Claims;
using System.Security.Cryptography;
using FamilyBridge.Accounts.Data;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Core.Data;
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

    /// <summary>
    /// Changes <paramref name="user"/>'s security stamp and lets every open session of theirs pick up the change
    /// (new roles) on its next request instead of ending: each session row is marked with the new stamp, and only
    /// a session carrying that exact mark is refreshed. Any other stamp change (a password reset, a lock) leaves
    /// no mark, so it still ends every session.
    /// </summary>
    public async Task RefreshAllAsync(AccountUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        await users.UpdateSecurityStampAsync(user);
        var stamp = await users.GetSecurityStampAsync(user);
        var rows = await db.UserTokens.Where(t => t.UserId == user.Id && t.LoginProvider == LoginProvider).ToListAsync();
        foreach (var row in rows)
        {
            row.Value = $"{StartedOf(row.Value)}{RefreshMark}{stamp}";
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Live while the account exists, is not locked, its stamp is the cookie's and the session row is there;
    /// <see cref="SessionState.Refresh"/> when the stamp moved on by <see cref="RefreshAllAsync"/>.
    /// </summary>
    public async Task<SessionState> CheckAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var userId = users.GetUserId(principal);
        var id = principal.FindFirstValue(ClaimType);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || id is null || stamp is null)
        {
            return SessionState.Ended;
        }

        // One round trip: this runs on every signed-in request. The lockout date is compared here, not in SQL,
        // because SQLite cannot compare DateTimeOffset values.
        var account = await SessionQuery.For(db)(db, userId, id);
        if (account?.Session is null || account.LockoutEnd > clock.GetUtcNow())
        {
            return SessionState.Ended;
        }

        if (account.SecurityStamp == stamp)
        {
            return SessionState.Live;
        }

        return account.SecurityStamp is { Length: > 0 } current && account.Session.EndsWith(RefreshMark + current, StringComparison.Ordinal)
            ? SessionState.Refresh
            : SessionState.Ended;
    }

    /// <summary>True while the session is live as it stands (a refresh pending counts as not live).</summary>
    public async Task<bool> IsLiveAsync(ClaimsPrincipal principal) => await CheckAsync(principal) == SessionState.Live;

    /// <summary>
    /// The cookie handler's check on every request, in place of Identity's interval-based stamp check. A session
    /// marked for refresh gets a new principal (current roles and stamp, same session, same sign-in method) and
    /// a renewed cookie, so a role given or taken away counts from this very request without signing out.
    /// </summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.HttpContext.RequestServices;
        var sessions = services.GetRequiredService<AccountSessions>();
        var state = context.Principal is null ? SessionState.Ended : await sessions.CheckAsync(context.Principal);
        var signIn = services.GetRequiredService<SignInManager<AccountUser>>();
        if (state == SessionState.Refresh && await signIn.UserManager.GetUserAsync(context.Principal!) is { } user)
        {
            var fresh = await signIn.CreateUserPrincipalAsync(user);
            if (fresh.Identity is ClaimsIdentity freshIdentity)
            {
                var kept = context.Principal!.Claims.Where(c => c.Type is ClaimType or "amr" or ClaimTypes.AuthenticationMethod);
                freshIdentity.AddClaims([.. kept.Select(c => new Claim(c.Type, c.Value))]);
                context.ReplacePrincipal(fresh);
                context.ShouldRenew = true;
                return;
            }
        }

        if (state != SessionState.Live)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }

    private const string RefreshMark = "|refresh:";

    // Compiled once: this runs on every signed-in request, and EF otherwise walks and compares the expression tree
    // each time (bench/http profile).
    private static readonly PerModelQuery<Func<AccountsDbContext, string, string, Task<SessionRow?>>> SessionQuery = new(() =>
        EF.CompileAsyncQuery((AccountsDbContext db, string userId, string id) => db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new SessionRow
            {
                SecurityStamp = u.SecurityStamp,
                LockoutEnd = u.LockoutEnd,
                Session = db.UserTokens.Where(t => t.UserId == u.Id && t.LoginProvider == LoginProvider && t.Name == id).Select(t => t.Value ?? "").FirstOrDefault(),
            })
            .SingleOrDefault()));

    private sealed class SessionRow
    {
        public string? SecurityStamp { get; init; }

        public DateTimeOffset? LockoutEnd { get; init; }

        public string? Session { get; init; }
    }

    private static string StartedOf(string? value) =>
        value is null ? "" : value.Split(RefreshMark, 2, StringSplitOptions.None)[0];
}
