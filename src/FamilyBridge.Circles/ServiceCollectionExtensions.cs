using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Circles;

public static class ServiceCollectionExtensions
{
    /// <summary>The Circles module's door: everything it registers.</summary>
    public static IServiceCollection AddCircles(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
