using System.Text;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Core.Site;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Accounts.Pages;

/// <summary>What several account pages do the same way.</summary>
public static class PageModelExtensions
{
    public const string TooManyAttemptsMessage =
        "Too many attempts from your connection. Please wait a few minutes and try again.";

    /// <summary>The page again with a 429 status and a plain explanation.</summary>
    public static IActionResult TooManyAttempts(this PageModel page)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.ModelState.AddModelError(string.Empty, TooManyAttemptsMessage);
        page.Response.StatusCode = StatusCodes429;
        return page.Page();
    }

    /// <summary>An absolute link on this site, for emails: from <c>Site:BaseUrl</c>, never from the request's Host.</summary>
    public static Uri AbsoluteUri(this PageModel page, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.HttpContext.RequestServices.GetRequiredService<SiteLinks>().Absolute(pathAndQuery);
    }

    public static async Task<Uri> EmailConfirmationLinkAsync(this PageModel page, UserManager<AccountUser> users, AccountUser user)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        return page.AbsoluteUri($"/account/confirm-email?userId={Uri.EscapeDataString(user.Id)}&code={token}");
    }

    /// <summary>Identity's tokens, made safe for a URL.</summary>
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>A return address that stays on this site, else the home page.</summary>
    public static string SafeReturnUrl(this PageModel page, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(page);
        return !string.IsNullOrEmpty(returnUrl) && page.Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
    }

    private const int StatusCodes429 = 429;
}
