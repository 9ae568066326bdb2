using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace FamilyBridge.Reading.Caching;

/// <summary>
/// Sits between the output cache and response compression, and only for responses the cache will store: gives
/// them <c>Cache-Control: public</c> with a short max-age and a strong ETag (a hash of the exact bytes sent, so
/// each encoding has its own), and answers a matching <c>If-None-Match</c> with 304. The output cache keeps these
/// headers and answers later 304s itself, so this runs once per cache miss, not once per reader.
/// </summary>
public sealed class PublicPageHeadersMiddleware(RequestDelegate next)
{
    /// <summary>Browsers and shared caches may reuse a page this long; an editor's change waits at most this.</summary>
    public static readonly TimeSpan BrowserMaxAge = TimeSpan.FromSeconds(60);

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!PublicPagePolicy.IsStoredResponse(context))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK)
        {
            // Left untouched, so an empty 404 still gets the themed error page from the status-code middleware.
            if (buffer.Length > 0)
            {
                buffer.Position = 0;
                await buffer.CopyToAsync(original, context.RequestAborted);
            }

            return;
        }

        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32]}\"");
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = $"public, max-age={(int)BrowserMaxAge.TotalSeconds}";
        // A shared cache must not hand an anonymous page to someone who sends a sign-in cookie.
        response.Headers.Append(HeaderNames.Vary, HeaderNames.Cookie);
        if (!context.Request.PathBase.HasValue)
        {
            // Without a /es/ prefix the language came from the switcher's cookie or the browser's languages.
            response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        }
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(etag, useStrongComparison: true) || t.Equals(EntityTagHeaderValue.Any)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}
