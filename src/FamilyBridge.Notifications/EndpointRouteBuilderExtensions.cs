using Microsoft.AspNetCore.Routing;

namespace FamilyBridge.Notifications;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>The Notifications module's endpoints.</summary>
    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder endpoints) => endpoints;
}
