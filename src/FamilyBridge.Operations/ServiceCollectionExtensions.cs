using FamilyBridge.Operations.Health;
using FamilyBridge.Operations.Options;
using FamilyBridge.Operations.Telemetry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FamilyBridge.Operations;

public static class ServiceCollectionExtensions
{
    /// <summary>The setting (usually the environment variable) that turns on export; unset, nothing leaves the site.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// The Operations module's door: health checks (database, mail server, outbox; other modules add theirs tagged
    /// <see cref="HealthTags.Ready"/>) and OpenTelemetry traces and metrics over OTLP when an endpoint is configured.
    /// </summary>
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.SectionName))
            .Validate(o => o.OutboxBacklogThreshold >= 0, "Operations:Health:OutboxBacklogThreshold must not be negative.")
            .Validate(o => o.OutboxOldestWaitingThreshold > TimeSpan.Zero, "Operations:Health:OutboxOldestWaitingThreshold must be longer than zero.")
            .Validate(o => o.SmtpTimeout > TimeSpan.Zero, "Operations:Health:SmtpTimeout must be longer than zero.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(5))
            .AddCheck<SmtpHealthCheck>("smtp", tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(10))
            .AddCheck<OutboxHealthCheck>("outbox", tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(5));

        services.AddMetrics(); // IMeterFactory, which the web host adds too; composed without it in tests and tools
        services.TryAddSingleton<OutputCacheMetrics>();
        services.AddTransient<IStartupFilter, OutputCacheMetricsStartupFilter>();

        var endpoint = configuration[OtlpEndpointKey];
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            // The exporter reads OTEL_EXPORTER_OTLP_* itself (endpoint, protocol, headers); we only decide whether to send.
            services.AddOpenTelemetry()
                .ConfigureResource(r => r.AddService(configuration["OTEL_SERVICE_NAME"] ?? "familybridge"))
                .WithTracing(t => t.AddFamilyBridgeInstrumentation().AddOtlpExporter())
                .WithMetrics(m => m.AddFamilyBridgeInstrumentation().AddOtlpExporter());
        }

        return services;
    }
}
