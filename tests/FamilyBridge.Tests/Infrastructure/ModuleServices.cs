using FamilyBridge.Core.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace FamilyBridge.Tests.Infrastructure;

/// <summary>
/// What the web host gives every module before its door is called (configuration, an environment, logging,
/// Core), for tests that compose a few modules without the web host.
/// </summary>
public static class ModuleServices
{
    public static ServiceCollection Create(string contentRoot, IConfiguration configuration, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment
        {
            ApplicationName = "FamilyBridge.Tests",
            EnvironmentName = "Testing",
            ContentRootPath = contentRoot,
            ContentRootFileProvider = new NullFileProvider(),
        });
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddFamilyBridgeCore(configuration);
        return services;
    }
}
