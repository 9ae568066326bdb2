using FamilyBridge.Core.Admin;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Media;

public static class ServiceCollectionExtensions
{
    /// <summary>The Media module's door: the image library editors upload to and lessons show from.</summary>
    public static IServiceCollection AddMedia(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(new AdminMenuEntry("Media", "/admin/media", AdminPolicies.Author,
            "Upload images with alt text and copy them into lessons.", Order: 20));
        services.AddRazorPages();
        return services;
    }
}
