using FamilyBridge.Core.Admin;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Editor;

public static class ServiceCollectionExtensions
{
    /// <summary>The Editor module's door: the content workspace under /admin for editors and authors.</summary>
    public static IServiceCollection AddEditor(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(new AdminMenuEntry("Content", "/admin/content", AdminPolicies.Author,
            "Write, preview, schedule and publish lessons, modules, resources and pages.", Order: 10));
        services.AddRazorPages();
        return services;
    }
}
