using System.Globalization;
using System.Text;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Core.Localization;
using FamilyBridge.Core.Site;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Accounts.Pages;

/// <summary>What several account pages do the same way.</summary>
public static class PageModelExtensions
{
    public const string TooManyAttemptsMessage = "Too many attempts from your connection.";

    /// <summary>
    /// The page again with a 429 status, a <c>Retry-After</c> header and a plain explanation of how long to wait.
    /// The bound form fields are rendered again as typed (password fields never carry a value back).
    /// </summary>
    public static IActionResult TooManyAttempts(this PageModel page, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(page);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var S = page.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<AccountsText>>();
        page.ModelState.AddModelError(string.Empty, string.Join(' ',
            S[TooManyAttemptsMessage],
            S["Please wait up to {0} and try again. What you typed is still here.", HowLong(S, seconds)]));
        page.Response.StatusCode = StatusCodes429;
        page.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return page.Page();
    }

    /// <summary>"about 12 minutes", "about a minute", "a few seconds" (in the reader's language).</summary>
    public static string HowLong(IStringLocalizer S, int seconds)
    {
        ArgumentNullException.ThrowIfNull(S);
        return seconds switch
        {
            < 45 => S["a few seconds"],
            < 90 => S["about a minute"],
            < 3600 => S["about {0} minutes", (int)Math.Round(seconds / 60.0)],
            < 5400 => S["about an hour"],
            _ => S["about {0} hours", (int)Math.Round(seconds / 3600.0)],
        };
    }

    /// <summary>
    /// An absolute link on this site, for emails: from <c>Site:BaseUrl</c>, never from the request's Host, and
    /// under the prefix of the language the page was read in (<c>/es/…</c>), so the person lands on pages in the
    /// same language as the email that brought them.
    /// </summary>
    public static Uri AbsoluteUri(this PageModel page, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var services = page.HttpContext.RequestServices;
        var cultures = services.GetRequiredService<IOptions<SiteCultureOptions>>().Value;
        var culture = CultureInfo.CurrentUICulture.Name;
        var prefix = cultures.IsSupported(culture) ? cultures.PathPrefix(culture) : string.Empty;
        return services.GetRequiredService<SiteLinks>().Absolute(prefix + "/" + pathAndQuery.TrimStart('/'));
    }

    /// <summary>A path on this site as the reader's browser must ask for it: <c>/es/account/login</c> under /es/.</summary>
    public static string SitePath(this HttpContext httpContext, string path)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(path);
        return httpContext.Request.PathBase.Value + path;
    }

    /// <summary>The emailed confirmation link; a local return address rides along so confirming leads back there.</summary>
    public static async Task<Uri> EmailConfirmationLinkAsync(this PageModel page, UserManager<AccountUser> users, AccountUser user, string? returnUrl = null)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        return page.AbsoluteUri(WithReturnUrl($"/account/confirm-email?userId={Uri.EscapeDataString(user.Id)}&code={token}", returnUrl));
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
        return LocalReturnUrl(returnUrl) ?? page.HttpContext.SitePath("/");
    }

    /// <summary>
    /// <paramref name="returnUrl"/> when it is a path on this site (not <c>//host</c>, not <c>/\host</c>, no scheme,
    /// not absurdly long), else null. Return addresses travel in links and emails, so this is checked at both ends.
    /// </summary>
    public static string? LocalReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl)
            && returnUrl.Length <= 512
            && returnUrl[0] == '/'
            && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
            && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : null;

    /// <summary><paramref name="path"/> with <c>returnUrl</c> added when there is a local one to carry.</summary>
    public static string WithReturnUrl(string path, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(path);
        return LocalReturnUrl(returnUrl) is { } local
            ? $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}returnUrl={Uri.EscapeDataString(local)}"
            : path;
    }

    private const int StatusCodes429 = 429;
}
