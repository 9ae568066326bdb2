using Microsoft.AspNetCore.Routing;

namespace FamilyBridge.Circles;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>The Circles module's endpoints.</summary>
    public static IEndpointRouteBuilder MapCircles(this IEndpointRouteBuilder endpoints) => endpoints;
}
