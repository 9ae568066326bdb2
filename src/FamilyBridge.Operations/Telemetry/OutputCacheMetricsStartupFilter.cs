using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Operations.Telemetry;

/// <summary>First in the pipeline, so it sees the answer the output cache (later in the pipeline) gave.</summary>
internal sealed class OutputCacheMetricsStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var metrics = app.ApplicationServices.GetRequiredService<OutputCacheMetrics>();
        app.Use(async (context, following) =>
        {
            context.Response.OnStarting(() =>
            {
                metrics.Observe(context.Response);
                return Task.CompletedTask;
            });
            await following(context);
        });
        next(app);
    };
}
