using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace FamilyBridge.Editor;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>The Editor module's endpoints: its Razor Pages under /admin.</summary>
    public static IEndpointRouteBuilder MapEditor(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        return endpoints;
    }
}
