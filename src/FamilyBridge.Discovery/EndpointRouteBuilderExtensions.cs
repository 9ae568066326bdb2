using FamilyBridge.Discovery.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace FamilyBridge.Discovery;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>The Discovery module's routes. Each answers GET only and reads published content; nothing is written.</summary>
    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", SitemapEndpoints.SitemapAsync);
        endpoints.MapGet("/robots.txt", SitemapEndpoints.Robots);
        endpoints.MapGet("/feed.atom", SitemapEndpoints.FeedAsync);
        endpoints.MapGet("/favicon.ico", IconEndpoints.FaviconIco);
        endpoints.MapGet("/icons/icon.svg", IconEndpoints.Svg);
        endpoints.MapGet("/icons/icon-192.png", IconEndpoints.Png192);
        endpoints.MapGet("/icons/icon-512.png", IconEndpoints.Png512);
        endpoints.MapGet("/icons/apple-touch-icon.png", IconEndpoints.AppleTouch);
        endpoints.MapGet("/site.webmanifest", IconEndpoints.ManifestAsync);
        return endpoints;
    }
}
