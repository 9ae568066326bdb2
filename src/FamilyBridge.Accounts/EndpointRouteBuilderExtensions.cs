using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace FamilyBridge.Accounts;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>
    /// The Accounts module's endpoints: its Razor Pages (/account/*, /setup, /admin, /admin/users). MapRazorPages
    /// reuses one page data source per route builder, so the host and other modules may call it too.
    /// </summary>
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        return endpoints;
    }
}
