using System.Globalization;
using FamilyBridge.Core.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace FamilyBridge.Reading.Caching;

/// <summary>
/// <see cref="PublicPageCache.PolicyName"/>: an anonymous reader's GET of a public page is served from the output
/// cache; a signed-in reader, any other method, and the private areas are never looked up nor stored. Entries
/// live until a content event evicts their tags (the expiry only bounds memory for pages nobody reads).
/// </summary>
public sealed class PublicPagePolicy : IOutputCachePolicy
{
    public static readonly TimeSpan ServerLifetime = TimeSpan.FromHours(1);

    private static readonly string[] PrivateAreas = ["/admin", "/account", "/me", "/circles", "/email", "/learning"];

    /// <summary>Whether a request may be answered from, and stored in, the shared cache.</summary>
    public static bool IsPublicRequest(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var request = httpContext.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        if (httpContext.User.Identity?.IsAuthenticated == true || request.Headers.ContainsKey(HeaderNames.Authorization))
        {
            return false;
        }

        return !PrivateAreas.Any(area => request.Path.StartsWithSegments(area, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the output cache is about to store this response (the policy allowed it for this request).</summary>
    public static bool IsStoredResponse(HttpContext httpContext) =>
        httpContext?.Features.Get<IOutputCacheFeature>()?.Context is { AllowCacheStorage: true };

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var allowed = IsPublicRequest(context.HttpContext);
        context.EnableOutputCaching = allowed;
        context.AllowCacheLookup = allowed;
        context.AllowCacheStorage = allowed;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = ServerLifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        // The stored body is already compressed for the encodings the reader accepts.
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        // One entry per language: /resources is Spanish for a reader whose cookie or browser asks for Spanish.
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        context.Tags.Add(PublicPageCache.SiteTag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        // Only a plain 200 that sets no cookie is the same for every anonymous reader.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
