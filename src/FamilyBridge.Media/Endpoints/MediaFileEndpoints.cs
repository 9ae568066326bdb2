using FamilyBridge.Media.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace FamilyBridge.Media.Endpoints;

/// <summary>
/// Serves uploaded images to readers at <c>/media/{name}</c>, and images a recipe's <c>media</c> step imported also at
/// their Orchard media path (<c>/media/about/1.jpg</c>), which is where Orchard templates' <c>asset_url</c> points.
/// </summary>
public static class MediaFileEndpoints
{
    public static IEndpointRouteBuilder MapMediaFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/media/{**name}", ServeAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string name, MediaLibrary library, HttpContext context, CancellationToken cancellationToken)
    {
        if ((await library.FindByFileNameAsync(name, cancellationToken) ?? await library.FindImportedAsync(name, cancellationToken)) is not { } asset)
        {
            return TypedResults.NotFound();
        }

        var path = library.GetFilePath(asset);
        if (!File.Exists(path))
        {
            return TypedResults.NotFound();
        }

        // A file's name is random and its bytes never change, so browsers and proxies may keep it for a year;
        // nosniff stops a browser from second-guessing the type we decided from the bytes at upload.
        var headers = context.Response.Headers;
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.XContentTypeOptions = "nosniff";
        return TypedResults.PhysicalFile(
            path,
            asset.ContentType,
            lastModified: new DateTimeOffset(DateTime.SpecifyKind(asset.UploadedUtc, DateTimeKind.Utc)),
            entityTag: new EntityTagHeaderValue($"\"{asset.Sha256[..32]}\""));
    }
}
