using Microsoft.AspNetCore.Routing;

namespace FamilyBridge.Search;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>The Search module's endpoints.</summary>
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder endpoints) => endpoints;
}
