using Microsoft.AspNetCore.Routing;

namespace FamilyBridge.Learning;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>The Learning module's endpoints.</summary>
    public static IEndpointRouteBuilder MapLearning(this IEndpointRouteBuilder endpoints) => endpoints;
}
