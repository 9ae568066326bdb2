using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace FamilyBridge.Circles;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>
    /// The Circles module's endpoints: its Razor Pages under /circles. MapRazorPages reuses one page data source
    /// per route builder, so calling it here as well as in the host is harmless.
    /// </summary>
    public static IEndpointRouteBuilder MapCircles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        return endpoints;
    }
}
