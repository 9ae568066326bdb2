using FamilyBridge.Notifications.Data;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Services;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Notifications;

/// <summary>The background dispatcher of the running site, against a real SMTP server.</summary>
[Collection(OutboxSiteFixture.Collection)]
public sealed class OutboxSiteTests(OutboxSiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    private SmtpSink Sink => fixture.Sink;

    private static string Address(string who) => $"{who}-{Guid.NewGuid():N}@example.org";

    [Fact]
    public async Task The_running_site_delivers_mail_queued_on_its_own_and_inside_another_modules_transaction()
    {
        var (alone, joined) = (Address("alone"), Address("joined"));
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IEmailOutbox>().EnqueueAsync([OutboxTestHost.Message(alone)]);
        }

        await using (var scope = Site.Services.CreateAsyncScope())
        {
            var ledger = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            await ledger.CreateTableAsync();
            await using var transaction = await ledger.Database.BeginTransactionAsync();
            ledger.Entries.Add(new LedgerEntry { Id = Guid.NewGuid().ToString("N"), Note = "grant confirmed" });
            await ledger.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<IEmailOutbox>().EnqueueAsync(ledger, [OutboxTestHost.Message(joined)]);
            // The dispatcher has been woken but cannot see the row yet; it keeps looking until the commit lands.
            await Task.Delay(300);
            Assert.Empty(Sink.MessagesTo(joined));
            await transaction.CommitAsync();
        }

        Assert.Equal("Sam shared an update", (await Sink.WaitForMessageAsync(alone, TimeSpan.FromSeconds(5))).Subject);
        // Well inside the 1-second poll: the commit is noticed by the dispatcher's quick look, not the safety net.
        Assert.Equal("Sam shared an update", (await Sink.WaitForMessageAsync(joined, TimeSpan.FromSeconds(5))).Subject);
    }

    [Fact]
    public async Task The_running_site_holds_mail_while_the_server_is_down_and_sends_it_all_when_it_is_back()
    {
        var people = Enumerable.Range(0, 3).Select(i => Address($"outage{i}")).ToList();
        await Sink.StopAsync();
        try
        {
            await using (var scope = Site.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<IEmailOutbox>().EnqueueAsync([.. people.Select(p => OutboxTestHost.Message(p))]);
            }

            // Several retry rounds (0.2–0.5 s each) pass: more than MaxAttempts (2), and nothing is dead-lettered.
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            var rows = await RowsToAsync(people);
            Assert.Equal(3, rows.Count);
            Assert.All(rows, r =>
            {
                // Between tries a row waits; during one it is briefly "Sending" while the connection is attempted.
                Assert.Contains(r.Status, new[] { OutboxStatus.FailedWillRetry, OutboxStatus.Sending });
                Assert.Equal(0, r.Attempts);
                Assert.StartsWith("Could not reach the mail server", r.LastError, StringComparison.Ordinal);
            });
        }
        finally
        {
            await Sink.RestartAsync();
        }

        foreach (var person in people)
        {
            Assert.Single(await Sink.WaitForMessagesAsync(person, 1, TimeSpan.FromSeconds(10)));
        }

        // The server has each message before the dispatcher records it as sent, so wait for the rows too.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        var sent = await RowsToAsync(people);
        while (sent.Any(r => r.Status != OutboxStatus.Sent) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            sent = await RowsToAsync(people);
        }

        Assert.All(sent, r => Assert.Equal(OutboxStatus.Sent, r.Status));
    }

    private async Task<List<OutboxMessage>> RowsToAsync(IReadOnlyCollection<string> recipients)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Outbox.AsNoTracking()
            .Where(m => recipients.Contains(m.Recipient)).ToListAsync();
    }
}
