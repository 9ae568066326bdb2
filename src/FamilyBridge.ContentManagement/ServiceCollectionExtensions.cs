using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.ContentManagement;

public static class ServiceCollectionExtensions
{
    /// <summary>The ContentManagement module's door: everything it registers.</summary>
    public static IServiceCollection AddContentManagement(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
