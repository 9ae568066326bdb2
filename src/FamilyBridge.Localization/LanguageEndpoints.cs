using FamilyBridge.Core.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Localization;

/// <summary>
/// The language switcher's one route: <c>/language/es?returnUrl=/es/…</c> remembers the reader's choice in a cookie
/// (so pages without a prefix, like a sign-in link from an email, follow it) and goes to the page in that language.
/// </summary>
public static class LanguageEndpoints
{
    public const string CookieName = "fb-culture";

    public static IEndpointRouteBuilder MapSiteLocalization(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/language/{culture}", Switch);
        return endpoints;
    }

    private static IResult Switch(string culture, string? returnUrl, HttpContext http, IOptions<SiteCultureOptions> options)
    {
        var cultures = options.Value;
        if (!cultures.IsSupported(culture))
        {
            return Results.NotFound();
        }

        var name = cultures.SupportedCultures.First(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase)).Name;
        http.Response.Cookies.Append(
            CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
            new CookieOptions
            {
                Path = "/",
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
            });

        // Only a path on this site: the switcher never becomes an open redirect.
        var target = IsLocal(returnUrl) ? returnUrl! : cultures.PathPrefix(name) + "/";
        return Results.Redirect(target);
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
