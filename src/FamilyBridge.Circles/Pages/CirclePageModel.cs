using System.Security.Claims;
using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Circles.Pages;

/// <summary>
/// Every circle page: signed in only; never cached, never indexed; anything the viewer may not see is a 404 (not
/// 403, so an id says nothing about whether it exists); a broken rule on a form comes back as a message after a
/// redirect to the same page.
/// </summary>
[Authorize]
public abstract class CirclePageModel : PageModel
{
    public const string ErrorKey = "CircleError";
    public const string StatusKey = "CircleStatus";

    private string? _error;
    private (bool Read, string? Error, string? Status) _messages;

    // Read (not peeked) once per request: a message shown is gone from the next page.
    public string? ErrorMessage => _error ?? Messages().Error;

    public string? StatusMessage => Messages().Status;

    /// <summary>The viewer's active membership of the circle in the route (null on pages without one).</summary>
    public CircleMember? Membership { get; private set; }

    /// <summary>Whether the viewer may open the owner's plan: decides whether the Plan tab is shown.</summary>
    public bool CanSeePlan { get; private set; }

    /// <summary>The circle's tabs as this viewer gets them, with <paramref name="current"/> marked.</summary>
    public CircleTabs TabsFor(CircleTab current) =>
        new(Membership?.CircleId ?? throw new InvalidOperationException("This page has no circle."), current, Membership.IsOwner, CanSeePlan);

    protected string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new CircleNotFoundException();

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";

        // Membership before anything a handler reads from the form: a circle that is not yours is a 404 whatever
        // was posted, so a missing field can never tell a stranger that the id exists.
        if (RouteData.Values.TryGetValue("id", out var circleId))
        {
            var access = HttpContext.RequestServices.GetRequiredService<CircleAccess>();
            try
            {
                Membership = await access.RequireMemberAsync(circleId as string, UserId, HttpContext.RequestAborted);
                CanSeePlan = await HttpContext.RequestServices.GetRequiredService<PlanService>().CanSeeAsync(Membership, HttpContext.RequestAborted);
            }
            catch (CircleNotFoundException)
            {
                context.Result = NotFound();
                return;
            }
        }

        var executed = await next();
        if (executed.Exception is CircleNotFoundException)
        {
            executed.Result = NotFound();
            executed.ExceptionHandled = true;
        }
        else if (executed.Exception is CircleRuleException rule && HttpMethods.IsPost(Request.Method))
        {
            TempData[ErrorKey] = rule.Message;
            executed.Result = Redirect($"{Request.PathBase}{Request.Path}{Request.QueryString}");
            executed.ExceptionHandled = true;
        }
    }

    private (bool Read, string? Error, string? Status) Messages() =>
        _messages.Read ? _messages : _messages = (true, TempData[ErrorKey] as string, TempData[StatusKey] as string);

    /// <summary>A broken rule shown on the page being rendered again, so the form keeps what was typed.</summary>
    protected void ShowError(string message) => _error = message;

    /// <summary>After a successful form: a short confirmation, then a fresh GET.</summary>
    protected IActionResult Done(string message, string? path = null)
    {
        TempData[StatusKey] = message;
        return Redirect(path ?? $"{Request.PathBase}{Request.Path}");
    }
}
