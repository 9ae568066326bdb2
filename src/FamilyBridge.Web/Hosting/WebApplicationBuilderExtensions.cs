using FamilyBridge.Web.CommandLine;

namespace FamilyBridge.Web.Hosting;

public static class WebApplicationBuilderExtensions
{
    /// <summary>
    /// Host settings that do not belong to a module: the theme's static files outside Development too, and, for a
    /// command-line run, logs kept off stdout (so a command's output can be piped) and down to warnings.
    /// </summary>
    public static WebApplicationBuilder ConfigureFamilyBridgeHost(this WebApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.UseStaticWebAssets();
        if (CommandLineArguments.IsCommand(args))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        return builder;
    }
}
