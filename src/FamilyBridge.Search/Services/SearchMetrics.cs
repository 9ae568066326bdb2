using System.Diagnostics.Metrics;

namespace FamilyBridge.Search.Services;

/// <summary>
/// The search module's meter, read by OpenTelemetry when the Operations module exports. A duration only: never
/// what was searched for (a person may type a name or an address).
/// </summary>
internal static class SearchMetrics
{
    public const string MeterName = "FamilyBridge.Search";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Histogram<double> Duration =
        Meter.CreateHistogram<double>("familybridge.search.duration", "ms", "How long one search query took in the Lucene index.");
}
