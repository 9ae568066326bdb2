using FamilyBridge.Core.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Localization;

/// <summary>
/// <c>/es/resources</c> is the Spanish resources page: the prefix moves into <c>PathBase</c>, so every route, link
/// (<c>~/</c>, <c>Url.Page</c>), redirect and cookie-auth return URL keeps it without knowing cultures exist.
/// </summary>
public sealed class CulturePathPrefixMiddleware(RequestDelegate next, IOptions<SiteCultureOptions> options)
{
    private static readonly object CultureKey = new();

    public Task InvokeAsync(HttpContext httpContext)
    {
        var path = httpContext.Request.Path.Value ?? "/";
        var end = path.IndexOf('/', 1);
        var first = end < 0 ? path[1..] : path[1..end];
        var cultures = options.Value;
        if (first.Length > 0
            && cultures.IsSupported(first)
            && !string.Equals(first, cultures.DefaultCulture, StringComparison.OrdinalIgnoreCase))
        {
            var prefix = path[..(first.Length + 1)];
            httpContext.Request.PathBase = httpContext.Request.PathBase.Add(prefix);
            httpContext.Request.Path = end < 0 ? "/" : path[end..];
            httpContext.Items[CultureKey] = first.ToLowerInvariant();
        }

        return next(httpContext);
    }

    /// <summary>The culture named by the URL, which wins over the cookie and the browser's languages.</summary>
    public sealed class RequestCultureFromPath : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            Task.FromResult(httpContext.Items.TryGetValue(CultureKey, out var culture) && culture is string name
                ? new ProviderCultureResult(name)
                : null);
    }
}
