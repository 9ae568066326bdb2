using System.Diagnostics;
using System.Net;
using FamilyBridge.Operations.Telemetry;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FamilyBridge.Tests.Operations;

/// <summary>
/// What the site's traces would carry, caught by an in-memory exporter attached to the same instrumentation the
/// OTLP exporter uses (only here, in the test), and that nothing is exported when no OTLP endpoint is set.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Nothing_is_exported_when_no_OTLP_endpoint_is_set()
    {
        await using var site = await SiteFactory.StartAsync(settings: new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = null });
        Assert.Null(site.Services.GetService<TracerProvider>());
        Assert.Null(site.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task Spans_name_routes_and_never_carry_an_email_address_or_a_token_from_the_url_or_the_form()
    {
        List<Activity> spans = [];
        await using var site = await SiteFactory.StartAsync(configureServices: s =>
            s.AddOpenTelemetry().WithTracing(t => t.AddFamilyBridgeInstrumentation().AddInMemoryExporter(spans)));
        const string Email = "private.person@example.org";
        const string Token = "Tok3nThatMustNeverLeave9f8e7d";
        using var client = site.CreateReader();

        using (await client.GetAsync(new Uri($"/email/unsubscribe/{Token}", UriKind.Relative)))
        {
        }

        using (await client.GetAsync(new Uri($"/search?q={Uri.EscapeDataString(Email)}&token={Token}", UriKind.Relative)))
        {
        }

        using (var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = Email, ["Input.Password"] = Token }))
        using (await client.PostAsync(new Uri($"/account/login?ReturnUrl=%2Fme%3Femail%3D{Uri.EscapeDataString(Email)}", UriKind.Relative), form))
        {
        }

        site.Services.GetRequiredService<TracerProvider>().ForceFlush();
        // An unknown token (404) and a form without its antiforgery token (400) answer through the error page, so
        // their spans are named by that page's route.
        var names = string.Join(", ", spans.Select(s => s.DisplayName));
        Assert.True(spans.Any(s => s.DisplayName == "GET /search"), $"No span for the search request: {names}");
        Assert.True(spans.Any(s => s.DisplayName.StartsWith("POST /", StringComparison.Ordinal)), $"No span for the sign-in post: {names}");
        foreach (var span in spans)
        {
            var everything = string.Join("\n", [span.DisplayName, span.OperationName, .. span.TagObjects.Select(t => $"{t.Key}={t.Value}"), .. span.Events.Select(e => e.Name)]);
            Assert.DoesNotContain(Email, everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Uri.EscapeDataString(Email), everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Token, everything, StringComparison.Ordinal);
        }
    }
}
