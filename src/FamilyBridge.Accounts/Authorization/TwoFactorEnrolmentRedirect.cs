using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace FamilyBridge.Accounts.Authorization;

/// <summary>
/// A staff member without two-step sign-in is sent to set it up rather than shown "access denied", which would
/// not tell them what to do.
/// </summary>
public sealed class TwoFactorEnrolmentRedirect : IAuthorizationMiddlewareResultHandler
{
    public const string EnrolPath = "/account/manage/two-factor";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        var onlyTwoFactorMissing = authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure is { } failure
            && failure.FailedRequirements.Any()
            && failure.FailedRequirements.All(r => r is TwoFactorEnrolledRequirement);
        if (onlyTwoFactorMissing)
        {
            context.Response.Redirect($"{context.Request.PathBase}{EnrolPath}?required=true");
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
