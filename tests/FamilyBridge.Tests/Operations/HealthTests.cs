using System.Net;
using System.Text.Json;
using FamilyBridge.Notifications.Data;
using FamilyBridge.Notifications.Services;
using FamilyBridge.Tests.Infrastructure;
using FamilyBridge.Tests.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Operations;

/// <summary>/health/live and /health/ready on one real site (SQLite), with a mail server that is not there.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Ready_lists_database_mail_server_and_outbox_and_a_down_mail_server_is_degraded_not_red_and_named_nowhere()
    {
        var closedPort = LoopbackPorts.Free();
        await using var site = await SiteFactory.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:UseTls"] = "false",
            ["Smtp:From"] = "FamilyBridge <hello@familybridge.test>",
        });
        using var client = site.CreateReader();

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var json = await ready.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("Degraded", parsed.RootElement.GetProperty("status").GetString());
        var checks = parsed.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Degraded", checks.GetProperty("smtp").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("outbox").GetProperty("status").GetString());
        Assert.DoesNotContain("127.0.0.1", json, StringComparison.Ordinal);
        Assert.DoesNotContain(closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture), json, StringComparison.Ordinal);
        Assert.DoesNotContain(site.AppDataPath, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mail_waiting_past_the_backlog_threshold_turns_the_outbox_check_degraded_with_counts_and_no_address()
    {
        var closedPort = LoopbackPorts.Free();
        await using var site = await SiteFactory.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:UseTls"] = "false",
            ["Operations:Health:OutboxBacklogThreshold"] = "1",
        });
        var addresses = new[] { "waiting-one@example.org", "waiting-two@example.org" };
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<IEmailOutbox>().EnqueueAsync(db, [.. addresses.Select(a => OutboxTestHost.Message(a))]);
            await transaction.CommitAsync();
        }

        using var client = site.CreateReader();
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var json = await ready.Content.ReadAsStringAsync();
        using var parsed = JsonDocument.Parse(json);
        var outbox = parsed.RootElement.GetProperty("checks").GetProperty("outbox");
        Assert.Equal("Degraded", outbox.GetProperty("status").GetString());
        Assert.Equal(2, outbox.GetProperty("waiting").GetInt32());
        Assert.All(addresses, a => Assert.DoesNotContain(a, json, StringComparison.OrdinalIgnoreCase));
    }
}
