using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace FamilyBridge.Learning;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>
    /// The Learning module's endpoints: its Razor Pages (/learning/lessons/{lessonId}/{action}, /me).
    /// MapRazorPages reuses one page data source per route builder, so calling it from several modules is safe.
    /// </summary>
    public static IEndpointRouteBuilder MapLearning(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        return endpoints;
    }
}
