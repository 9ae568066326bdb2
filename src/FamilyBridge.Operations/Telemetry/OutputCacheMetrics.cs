using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http;

namespace FamilyBridge.Operations.Telemetry;

/// <summary>
/// Counts public pages served from the output cache (hit) and rendered to fill it (miss). ASP.NET Core's output
/// cache stamps an <c>Age</c> header on every answer it serves from the store; a page rendered for the cache says
/// <c>Cache-Control: public</c> without one. Signed-in pages are neither and are not counted.
/// </summary>
public sealed class OutputCacheMetrics : IDisposable
{
    public const string MeterName = "FamilyBridge.Operations";

    private readonly Meter _meter;
    private readonly Counter<long> _requests;

    public OutputCacheMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _requests = _meter.CreateCounter<long>(
            "familybridge.output_cache.requests", "{request}", "Public pages answered from the output cache (result=hit) or rendered into it (result=miss).");
    }

    public void Observe(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (HttpMethods.IsGet(response.HttpContext.Request.Method) && response.StatusCode == StatusCodes.Status200OK)
        {
            if (response.Headers.Age.Count > 0)
            {
                _requests.Add(1, new KeyValuePair<string, object?>("result", "hit"));
            }
            else if (response.Headers.CacheControl.ToString().Contains("public", StringComparison.OrdinalIgnoreCase))
            {
                _requests.Add(1, new KeyValuePair<string, object?>("result", "miss"));
            }
        }
    }

    public void Dispose() => _meter.Dispose();
}
