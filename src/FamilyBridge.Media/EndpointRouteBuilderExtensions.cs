using FamilyBridge.Media.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace FamilyBridge.Media;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>The Media module's endpoints: the library pages under /admin/media and the files readers load.</summary>
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        endpoints.MapMediaFiles();
        return endpoints;
    }
}
