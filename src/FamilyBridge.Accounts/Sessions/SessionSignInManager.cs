using System.Security.Claims;
using FamilyBridge.Accounts.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Accounts.Sessions;

/// <summary>Identity's sign-in, with a server-side session record opened at every sign-in and closed at sign-out.</summary>
public sealed class SessionSignInManager(
    UserManager<AccountUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AccountUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AccountUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AccountUser> confirmation,
    AccountSessions sessions)
    : SignInManager<AccountUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task SignInWithClaimsAsync(AccountUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        // A refresh (new name, new password) replaces this device's session rather than adding a second one.
        if (Context.User.FindFirstValue(AccountSessions.ClaimType) is not null)
        {
            await sessions.EndAsync(Context.User);
        }

        var session = await sessions.StartAsync(user);
        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims.Where(c => c.Type != AccountSessions.ClaimType), session]);
    }

    public override async Task SignOutAsync()
    {
        await sessions.EndAsync(Context.User);
        await base.SignOutAsync();
    }
}
