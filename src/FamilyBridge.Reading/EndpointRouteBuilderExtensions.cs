using FamilyBridge.Reading.Caching;
using FamilyBridge.Reading.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace FamilyBridge.Reading;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>
    /// The public-page pipeline, after authentication (the cache must know who is signed in) and routing (it reads
    /// each endpoint's cache policy): output cache, then cache headers and ETag, then compression — so the cache
    /// stores compressed bytes and a hit neither renders nor compresses.
    /// </summary>
    public static IApplicationBuilder UseReading(this IApplicationBuilder app)
    {
        app.UseOutputCache();
        app.UseMiddleware<PublicPageHeadersMiddleware>();
        app.UseWhen(PublicPagePolicy.IsStoredResponse, branch => branch.UseResponseCompression());
        return app;
    }

    /// <summary>The Reading module's routes: /, /resources, /admin/preview/{id} and every published item's path.</summary>
    public static IEndpointRouteBuilder MapReading(this IEndpointRouteBuilder endpoints)
    {
        ReadingEndpoints.Map(endpoints);
        return endpoints;
    }
}
