using System.Net.Sockets;
using FamilyBridge.Notifications.Options;
using FamilyBridge.Operations.Options;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Operations.Health;

/// <summary>
/// The mail server accepts a TCP connection. Degraded, not unhealthy, when it does not: pages still work and mail
/// waits in the outbox, so a mail outage must not take every node out of the load balancer.
/// </summary>
public sealed class SmtpHealthCheck(IOptions<SmtpOptions> smtp, IOptions<HealthOptions> health) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = smtp.Value;
        if (!settings.UsesSmtp)
        {
            return HealthCheckResult.Healthy("No mail server is configured; mail goes to the pickup folder.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(health.Value.SmtpTimeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(settings.Host!, settings.Port, timeout.Token);
            return HealthCheckResult.Healthy("The mail server accepts connections.");
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // No host name or port in the answer: the readiness page is for load balancers, not for mapping the network.
            return HealthCheckResult.Degraded("The mail server does not accept connections; mail waits in the outbox.");
        }
    }
}
