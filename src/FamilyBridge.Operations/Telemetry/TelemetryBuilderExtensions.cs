using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FamilyBridge.Operations.Telemetry;

/// <summary>
/// What FamilyBridge traces and measures, apart from where it is exported, so a test can attach an in-memory
/// exporter to exactly what production sends over OTLP. Paths are replaced by their route template and queries
/// are dropped: an unsubscribe token, a reset token or an email address in a URL never reaches a span.
/// </summary>
public static class TelemetryBuilderExtensions
{
    /// <summary>Our own meters: <c>FamilyBridge.Notifications</c>, <c>FamilyBridge.Search</c>, <c>FamilyBridge.Operations</c>.</summary>
    public const string OwnMeters = "FamilyBridge.*";

    public static TracerProviderBuilder AddFamilyBridgeInstrumentation(this TracerProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddAspNetCoreInstrumentation(o =>
            {
                o.RecordException = false; // an exception's message can quote what a person typed
                o.EnrichWithHttpResponse = (activity, response) => RedactRequest(activity, response.HttpContext);
            })
            .AddHttpClientInstrumentation(o =>
            {
                o.RecordException = false;
                o.EnrichWithHttpRequestMessage = (activity, request) =>
                {
                    if (request.RequestUri is { } uri)
                    {
                        activity.SetTag("url.full", uri.GetLeftPart(UriPartial.Authority));
                    }
                };
            })
            .AddNpgsql();
    }

    public static MeterProviderBuilder AddFamilyBridgeInstrumentation(this MeterProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddMeter("Npgsql")
            .AddMeter(OwnMeters);
    }

    /// <summary>The route template instead of the path ("/email/unsubscribe/{token}"), and no query string.</summary>
    internal static void RedactRequest(Activity activity, HttpContext context)
    {
        var template = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        var path = template is null ? "(unrouted)" : "/" + template.TrimStart('/');
        activity.SetTag("url.path", path);
        activity.SetTag("url.query", null);
        activity.SetTag("http.target", null);
        activity.SetTag("url.full", null);
        activity.DisplayName = $"{context.Request.Method} {path}";
    }
}
