using System.Globalization;
using FamilyBridge.Notifications.Services;
using FamilyBridge.Operations.Options;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Operations.Health;

/// <summary>
/// How much mail waits and for how long. Degraded past either threshold in <see cref="HealthOptions"/>: an operator
/// sees stuck mail, while the node keeps serving pages.
/// </summary>
public sealed class OutboxHealthCheck(MailQueue queue, IOptions<HealthOptions> health, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (waiting, oldestUtc) = await queue.WaitingAsync(cancellationToken);
        var age = oldestUtc is { } oldest ? clock.GetUtcNow().UtcDateTime - oldest : TimeSpan.Zero;
        var seconds = Math.Max(0, (long)age.TotalSeconds);
        var data = new Dictionary<string, object> { ["waiting"] = waiting, ["oldestWaitingSeconds"] = seconds };
        var settings = health.Value;
        var text = string.Create(CultureInfo.InvariantCulture, $"{waiting} waiting; the oldest for {seconds} s.");
        return waiting > settings.OutboxBacklogThreshold || age > settings.OutboxOldestWaitingThreshold
            ? HealthCheckResult.Degraded("Mail is backing up: " + text, data: data)
            : HealthCheckResult.Healthy(text, data);
    }
}
