using System.Text.Json.Nodes;
using FamilyBridge.Discovery.Services;
using FamilyBridge.Theme.Display;
using Microsoft.AspNetCore.Http;

namespace FamilyBridge.Discovery.Endpoints;

/// <summary>The favicon, the app icons and the web-app manifest, painted once per process.</summary>
public static class IconEndpoints
{
    private static readonly Lazy<byte[]> Favicon = new(SiteIcon.Ico);
    private static readonly Lazy<byte[]> Touch = new(() => SiteIcon.Png(180));
    private static readonly Lazy<byte[]> Icon192 = new(() => SiteIcon.Png(192));
    private static readonly Lazy<byte[]> Icon512 = new(() => SiteIcon.Png(512));

    public static IResult FaviconIco(HttpContext context) => Image(context, Favicon.Value, "image/x-icon");

    public static IResult AppleTouch(HttpContext context) => Image(context, Touch.Value, "image/png");

    public static IResult Png192(HttpContext context) => Image(context, Icon192.Value, "image/png");

    public static IResult Png512(HttpContext context) => Image(context, Icon512.Value, "image/png");

    public static IResult Svg(HttpContext context) =>
        Image(context, System.Text.Encoding.UTF8.GetBytes(SiteIcon.Svg), "image/svg+xml");

    public static async Task<IResult> ManifestAsync(HttpContext context, ISiteNameSource siteName)
    {
        var name = await siteName.GetSiteNameAsync(context.RequestAborted);
        var manifest = new JsonObject
        {
            ["name"] = name,
            ["short_name"] = name.Length <= 12 ? name : name[..12],
            ["description"] = PageMetadataFactory.SiteDescription,
            ["lang"] = "en",
            ["start_url"] = "/",
            ["scope"] = "/",
            ["display"] = "browser",
            ["background_color"] = "#ffffff",
            ["theme_color"] = SiteIcon.Teal,
            ["icons"] = new JsonArray(
                Icon("/icons/icon-192.png", "192x192", "image/png"),
                Icon("/icons/icon-512.png", "512x512", "image/png"),
                Icon("/icons/icon.svg", "any", "image/svg+xml")),
        };
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Text(manifest.ToJsonString(), "application/manifest+json", System.Text.Encoding.UTF8);
    }

    private static JsonObject Icon(string src, string sizes, string type) => new()
    {
        ["src"] = src,
        ["sizes"] = sizes,
        ["type"] = type,
        ["purpose"] = "any",
    };

    private static Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult Image(HttpContext context, byte[] bytes, string type)
    {
        context.Response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.Bytes(bytes, type);
    }
}
