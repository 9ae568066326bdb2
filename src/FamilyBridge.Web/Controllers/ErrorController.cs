using FamilyBridge.Theme.Models;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Web.Controllers;

/// <summary>
/// Themed error pages, reached by re-execution with the failed request's method, so every method is accepted
/// and no antiforgery token is asked for. Exception details stay in the logs.
/// </summary>
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("/error/{statusCode:int}")]
    public IActionResult Status(int statusCode)
    {
        var code = statusCode is >= 400 and <= 599 ? statusCode : StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        return View(code == StatusCodes.Status404NotFound ? "NotFound" : "Error", new ErrorViewModel(code));
    }

    [Route("/error")]
    public IActionResult Error()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error", new ErrorViewModel(StatusCodes.Status500InternalServerError));
    }
}
