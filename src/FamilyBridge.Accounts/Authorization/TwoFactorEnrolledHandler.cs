using FamilyBridge.Accounts.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace FamilyBridge.Accounts.Authorization;

/// <summary>Reads the account (not the cookie) so turning two-step sign-in on takes effect at once.</summary>
public sealed class TwoFactorEnrolledHandler(UserManager<AccountUser> users) : AuthorizationHandler<TwoFactorEnrolledRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorEnrolledRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var needsTwoFactor = SiteRoles.RequireTwoFactor.Any(context.User.IsInRole);
        if (!needsTwoFactor)
        {
            context.Succeed(requirement);
            return;
        }

        var user = await users.GetUserAsync(context.User);
        if (user is not null && await users.GetTwoFactorEnabledAsync(user))
        {
            context.Succeed(requirement);
        }
    }
}
