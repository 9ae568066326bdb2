using FamilyBridge.Core.Data;
using FamilyBridge.Notifications.Data;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Services;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Notifications;

/// <summary>
/// The dispatcher is woken by the commit that queued mail (an EF Core interceptor; NOTIFY on PostgreSQL), not by
/// polling: the safety sweep is set to an hour here, so only the commit can deliver within the test's wait.
/// </summary>
public sealed class OutboxWakeTests(SmtpSinkFixture smtp) : IClassFixture<SmtpSinkFixture>
{
    [Theory]
    [InlineData(SiteDatabase.Sqlite)]
    [InlineData(SiteDatabase.Postgres)]
    public async Task Mail_queued_in_a_transaction_is_sent_when_the_transaction_commits_and_never_when_it_rolls_back(SiteDatabase database)
    {
        var settings = new Dictionary<string, string?>(smtp.Sink.ClientSettings) { ["Notifications:Outbox:PollInterval"] = "01:00:00" };
        await using var site = await SiteFactory.StartAsync(database, settings);
        var kept = $"kept-{Guid.NewGuid():N}@example.org";
        var dropped = $"dropped-{Guid.NewGuid():N}@example.org";
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<IEmailOutbox>();
            await using (var rolledBack = await db.Database.BeginTransactionAsync())
            {
                await outbox.EnqueueAsync(db, [OutboxTestHost.Message(dropped)]);
                await rolledBack.RollbackAsync();
            }

            await using var committed = await db.Database.BeginTransactionAsync();
            await outbox.EnqueueAsync(db, [OutboxTestHost.Message(kept)]);
            await committed.CommitAsync();
        }

        Assert.Single(await smtp.Sink.WaitForMessagesAsync(kept, 1, TimeSpan.FromSeconds(30)));
        Assert.Empty(smtp.Sink.MessagesTo(dropped));
        await using var check = site.Services.CreateAsyncScope();
        var rows = await check.ServiceProvider.GetRequiredService<NotificationsDbContext>().Outbox.AsNoTracking().ToListAsync();
        Assert.DoesNotContain(rows, r => r.Recipient == dropped);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_claim_whose_lease_ran_out_is_taken_by_the_next_pass_and_a_live_claim_is_left_alone(DatabaseProvider provider)
    {
        await using var host = await OutboxTestHost.CreateAsync(provider, smtp.Sink, new Dictionary<string, string?> { ["Notifications:Outbox:ClaimLease"] = "00:02:00" });
        var (stale, live) = ($"stale-{Guid.NewGuid():N}@example.org", $"live-{Guid.NewGuid():N}@example.org");
        await host.QueueAsync(OutboxTestHost.Message(stale), OutboxTestHost.Message(live));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // What two other nodes left: one claimed three minutes ago and killed, one claimed a moment ago and still sending.
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            foreach (var row in db.Outbox)
            {
                row.Status = OutboxStatus.Sending;
                row.ClaimToken = Guid.NewGuid();
                row.ClaimedUtc = (row.Recipient == stale ? OutboxTestHost.Start.AddMinutes(-3) : OutboxTestHost.Start.AddSeconds(-1)).UtcDateTime;
            }

            await db.SaveChangesAsync();
        }

        var result = await host.DispatchAsync();

        Assert.Equal(1, result.Sent);
        Assert.Single(await smtp.Sink.WaitForMessagesAsync(stale, 1));
        Assert.Empty(smtp.Sink.MessagesTo(live));
        Assert.Equal(OutboxStatus.Sending, (await host.RowAsync(live)).Status);
        host.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(1, (await host.DispatchAsync()).Sent);
        Assert.Single(await smtp.Sink.WaitForMessagesAsync(live, 1));
    }
}
