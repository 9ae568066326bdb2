using Microsoft.AspNetCore.Routing;

namespace FamilyBridge.ContentManagement;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>The ContentManagement module's endpoints.</summary>
    public static IEndpointRouteBuilder MapContentManagement(this IEndpointRouteBuilder endpoints) => endpoints;
}
