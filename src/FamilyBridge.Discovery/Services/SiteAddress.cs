using Microsoft.AspNetCore.Http;

namespace FamilyBridge.Discovery.Services;

/// <summary>
/// The site's public address for canonical links, the sitemap, the feed and share cards. The one place that decides
/// it: today the request's scheme and host; when a configured public address (Site:BaseUrl) exists, read it here.
/// </summary>
public static class SiteAddress
{
    public static Uri BaseUri(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
    }

    /// <summary>The absolute address of a site-relative <paramref name="path"/> ("/" or "module/lesson").</summary>
    public static string Absolute(HttpRequest request, string path) =>
        new Uri(BaseUri(request), (path ?? "").TrimStart('/')).AbsoluteUri;
}
