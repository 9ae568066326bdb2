using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Core.Localization;

public static class ModuleTextServices
{
    /// <summary>
    /// The string localizers over each module's <c>Resources/</c> folder. Every module whose services or pages speak
    /// calls this from its door, so the module also works in a host that composes only some modules; calling it twice
    /// changes nothing.
    /// </summary>
    public static IServiceCollection AddModuleText(this IServiceCollection services) =>
        services.AddLocalization(o => o.ResourcesPath = "Resources");
}
