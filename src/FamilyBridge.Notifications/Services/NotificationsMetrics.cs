using System.Diagnostics.Metrics;

namespace FamilyBridge.Notifications.Services;

/// <summary>
/// The outbox's own meter (<see cref="MeterName"/>), read by OpenTelemetry when the Operations module exports.
/// Counts and durations only: never an address, a subject or any text of a message.
/// </summary>
public sealed class NotificationsMetrics : IDisposable
{
    public const string MeterName = "FamilyBridge.Notifications";

    private readonly Meter _meter;
    private readonly Counter<long> _sent;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _deadLettered;
    private readonly Histogram<double> _wait;

    public NotificationsMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _sent = _meter.CreateCounter<long>("familybridge.email.sent", "{email}", "Emails the mail server (or pickup folder) accepted.");
        _failed = _meter.CreateCounter<long>("familybridge.email.failed", "{email}", "Tries that failed and will be retried.");
        _deadLettered = _meter.CreateCounter<long>("familybridge.email.dead_lettered", "{email}", "Emails given up on until an administrator retries them.");
        _wait = _meter.CreateHistogram<double>("familybridge.outbox.age", "s", "How long a sent email waited in the outbox, from queued to accepted.");
    }

    public void Sent(DateTime createdUtc, DateTime sentUtc)
    {
        _sent.Add(1);
        _wait.Record(Math.Max(0, (sentUtc - createdUtc).TotalSeconds));
    }

    public void Failed() => _failed.Add(1);

    public void DeadLettered() => _deadLettered.Add(1);

    public void Dispose() => _meter.Dispose();
}
