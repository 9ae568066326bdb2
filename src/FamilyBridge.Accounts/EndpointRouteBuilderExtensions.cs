using Microsoft.AspNetCore.Routing;

namespace FamilyBridge.Accounts;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>The Accounts module's endpoints.</summary>
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder endpoints) => endpoints;
}
