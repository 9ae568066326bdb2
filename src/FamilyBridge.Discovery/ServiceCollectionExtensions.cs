using FamilyBridge.Core.Localization;
using FamilyBridge.Discovery.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Discovery;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// The Discovery module's door: what makes the public site findable and recognisable — the sitemap, robots.txt,
    /// the lessons feed, icons and the web-app manifest, the page metadata in every page's head, and the
    /// "report a mistake" form that reaches the editors.
    /// </summary>
    public static IServiceCollection AddDiscovery(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleText();
        services.AddScoped<PublicContent>();
        services.AddScoped<ProblemReports>();
        services.AddRazorPages();
        return services;
    }
}
