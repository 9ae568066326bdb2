using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Circles.Pages;

/// <summary>
/// Pages reached from a link in a consent email, by people who may have no account: no sign-in, never cached or
/// indexed, no referrer leaving with the token, and an unknown token is a plain 404.
/// </summary>
[AllowAnonymous]
public abstract class EmailLinkPageModel : PageModel
{
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var executed = await next();
        if (executed.Exception is CircleNotFoundException)
        {
            executed.Result = NotFound();
            executed.ExceptionHandled = true;
        }
    }
}
