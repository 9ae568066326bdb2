using FamilyBridge.Web.CommandLine;
using Microsoft.AspNetCore.Server.Kestrel.Core;

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

        // Kestrel reads only endpoints from its section; limits such as MaxRequestLineSize (raised so a reader who
        // pastes a whole message into search gets results, not a bare 414) are bound here.
        builder.Services.Configure<KestrelServerOptions>(builder.Configuration.GetSection("Kestrel"));
        if (CommandLineArguments.IsCommand(args))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        return builder;
    }
}
