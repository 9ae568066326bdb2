using FamilyBridge.Core.Site;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Discovery.Services;

/// <summary>
/// The site's public address for canonical links, the sitemap, the feed, share cards and the report email. It is
/// <c>Site:BaseUrl</c> through <see cref="SiteLinks"/>, never the request's Host: a cached page or an emailed link
/// built from a Host header would carry whatever address the sender wrote.
/// </summary>
public static class SiteAddress
{
    public static Uri BaseUri(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.HttpContext.RequestServices.GetRequiredService<SiteLinks>().BaseUri;
    }

    /// <summary>The absolute address of a site-relative <paramref name="path"/> ("/" or "module/lesson").</summary>
    public static string Absolute(HttpRequest request, string path) =>
        new Uri(BaseUri(request), (path ?? "").TrimStart('/')).AbsoluteUri;
}
