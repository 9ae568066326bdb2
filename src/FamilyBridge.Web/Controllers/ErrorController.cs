using System.Globalization;
using FamilyBridge.Theme.Models;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Web.Controllers;

/// <summary>
/// Themed error pages, reached by re-execution with the failed request's method, so every method is accepted
/// and no antiforgery token is asked for. The actions bind nothing: a bound parameter would make MVC read the
/// failed request's form again, and a form that broke the request once (too many fields, too large) breaks it
/// again, turning a 400 into a 500. Exception details stay in the logs.
/// </summary>
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("/error/{statusCode:int}")]
    public IActionResult Status()
    {
        var code = int.TryParse(RouteData.Values["statusCode"] as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            && parsed is >= 400 and <= 599 ? parsed : StatusCodes.Status500InternalServerError;
        return Themed(code);
    }

    [Route("/error")]
    public IActionResult Error()
    {
        // A request the client got wrong (a body over the limit, a form the reader refuses) is theirs to fix: say so
        // with its own status rather than a 500.
        var code = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error switch
        {
            BadHttpRequestException bad => bad.StatusCode,
            InvalidDataException => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status500InternalServerError,
        };
        return Themed(code);
    }

    private ViewResult Themed(int code)
    {
        Response.StatusCode = code;
        return View(code == StatusCodes.Status404NotFound ? "NotFound" : "Error", new ErrorViewModel(code));
    }
}
