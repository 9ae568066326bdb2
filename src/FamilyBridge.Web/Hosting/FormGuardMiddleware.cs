using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace FamilyBridge.Web.Hosting;

/// <summary>
/// Reads a posted form once, before anything else does, and turns a form nobody can use into a plain 400 with the
/// themed error page: more fields than the form reader allows, a body over the size limit, a broken multipart body,
/// or a NUL character (no page takes one, and PostgreSQL refuses it in text, which would otherwise be a 500).
/// The error page itself never reads the form again.
/// </summary>
public sealed class FormGuardMiddleware(RequestDelegate next, ILogger<FormGuardMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.HasFormContentType || context.Request.Path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase)
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        ApplyEndpointLimits(context);
        int? refused = null;
        try
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (form.Any(f => f.Key.Contains('\0', StringComparison.Ordinal) || f.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
                || form.Files.Any(f => f.FileName.Contains('\0', StringComparison.Ordinal) || Path.GetFileName(f.FileName) is "" or "." or ".."))
            {
                refused = StatusCodes.Status400BadRequest;
            }
        }
        catch (BadHttpRequestException e)
        {
            refused = e.StatusCode;
        }
        catch (InvalidDataException)
        {
            refused = StatusCodes.Status400BadRequest;
        }

        if (refused is int status)
        {
            logger.LogInformation("Refused an unusable form post to {Path} with {StatusCode}", context.Request.Path, status);
            context.Response.StatusCode = status;
            return;
        }

        await next(context);
    }

    /// <summary>
    /// An endpoint's own limits (the media upload page raises them so an image over 5 MB reaches the page and is
    /// refused in words), applied before the form is read here rather than later by MVC's filters.
    /// </summary>
    private static void ApplyEndpointLimits(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } size
            && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = size.MaxRequestBodySize;
        }

        if (endpoint?.Metadata.GetMetadata<IFormOptionsMetadata>() is { } form)
        {
            var options = new FormOptions();
            if (form.MultipartBodyLengthLimit is long multipart)
            {
                options.MultipartBodyLengthLimit = multipart;
            }

            if (form.ValueCountLimit is int count)
            {
                options.ValueCountLimit = count;
            }

            context.Features.Set<IFormFeature>(new FormFeature(context.Request, options));
        }
    }
}
