namespace FamilyBridge.Web.Hosting;

/// <summary>
/// Sets the site's security headers on every response, error pages included. The CSP allows no inline script or
/// style: the theme is plain HTML and CSS, and the site reads fully without JavaScript.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // OnStarting, not now: the exception handler clears headers before it re-executes into the error page.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";

            // A reader's path here says something about their family: never send it to other sites. A page that holds
            // a secret in its address (reset, setup and email links) sets the stricter no-referrer itself: keep it.
            if (!headers.ContainsKey("Referrer-Policy"))
            {
                headers["Referrer-Policy"] = "same-origin";
            }
            // Admin pages and downloads (the full-site export above all) hold what only staff may read: never kept
            // by a browser or a shared proxy.
            if (context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
            {
                headers.CacheControl = "no-store";
            }

            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
