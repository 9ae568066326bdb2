using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Services;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Notifications;

/// <summary>The dispatcher against a real SMTP server (aiosmtpd), stepped by hand on a fake clock.</summary>
public sealed class OutboxDeliveryTests(SmtpSinkFixture fixture) : IClassFixture<SmtpSinkFixture>
{
    private SmtpSink Sink => fixture.Sink;

    private static string Address(string who) => $"{who}-{Guid.NewGuid():N}@example.org";

    [Fact]
    public async Task A_queued_message_arrives_with_its_headers_and_its_bodies_are_erased_once_sent()
    {
        await using var host = await OutboxTestHost.CreateAsync(sink: Sink);
        var ana = Address("ana");
        await host.QueueAsync(OutboxTestHost.Message(ana, headers: new Dictionary<string, string>
        {
            ["List-Unsubscribe"] = "<https://family.example/unsubscribe/abc>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        }));
        var queued = await host.RowAsync(ana);
        Assert.Equal(OutboxStatus.Queued, queued.Status);
        Assert.Contains("30 days", queued.TextBody, StringComparison.Ordinal);

        var result = await host.DispatchAsync();

        Assert.Equal(1, result.Sent);
        var mail = await Sink.WaitForMessageAsync(ana);
        Assert.Equal("Sam shared an update", mail.Subject);
        Assert.Equal("<https://family.example/unsubscribe/abc>", mail.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.Equal(queued.MessageId, mail.MessageId);
        Assert.Contains("Sam marked 30 days today.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Sam marked 30 days today.", mail.HtmlBody, StringComparison.Ordinal);

        var sent = await host.RowAsync(ana);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal(OutboxTestHost.Start.UtcDateTime, sent.SentUtc);
        Assert.Null(sent.TextBody);
        Assert.Null(sent.HtmlBody);
        Assert.Null(sent.HeadersJson);
        Assert.Equal("Sam shared an update", sent.Subject);
        Assert.Equal(ana, sent.Recipient);
    }

    [Fact]
    public async Task One_batch_goes_over_one_connection()
    {
        await using var host = await OutboxTestHost.CreateAsync(sink: Sink);
        var people = Enumerable.Range(0, 25).Select(i => Address($"p{i}")).ToList();
        await host.QueueAsync([.. people.Select(p => OutboxTestHost.Message(p))]);
        var before = Sink.Sessions;

        var result = await host.DispatchAsync();

        Assert.Equal(25, result.Sent);
        foreach (var person in people)
        {
            Assert.Single(await Sink.WaitForMessagesAsync(person, 1));
        }

        Assert.Equal(1, Sink.Sessions - before);
    }

    [Fact]
    public async Task A_refused_recipient_fails_alone_with_the_servers_reason_and_is_dead_lettered_after_the_last_try()
    {
        await using var host = await OutboxTestHost.CreateAsync(sink: Sink);
        var (ana, gone, kim) = (Address("ana"), Address("gone"), Address("kim"));
        Sink.Refuse(gone, "550 5.1.1 mailbox unavailable");
        await host.QueueAsync(OutboxTestHost.Message(ana), OutboxTestHost.Message(gone), OutboxTestHost.Message(kim));
        var before = Sink.Sessions;

        var first = await host.DispatchAsync();

        Assert.Equal((2, 1), (first.Sent, first.Failed));
        Assert.Equal(1, Sink.Sessions - before);
        await Sink.WaitForMessageAsync(ana);
        await Sink.WaitForMessageAsync(kim);
        var failed = await host.RowAsync(gone);
        Assert.Equal(OutboxStatus.FailedWillRetry, failed.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.Equal("550 5.1.1 mailbox unavailable", failed.LastError);
        Assert.NotNull(failed.TextBody);
        // Back-off: 1 minute after the first failure, with jitter between half and all of it.
        Assert.InRange(failed.NextAttemptUtc - OutboxTestHost.Start.UtcDateTime, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1));

        Assert.Equal(0, (await host.DispatchAsync()).Claimed);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await host.DispatchAsync()).Failed);
        Assert.Equal(2, (await host.RowAsync(gone)).Attempts);
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, (await host.DispatchAsync()).DeadLettered);

        var dead = await host.RowAsync(gone);
        Assert.Equal(OutboxStatus.DeadLettered, dead.Status);
        Assert.Equal(3, dead.Attempts);
        Assert.Equal("550 5.1.1 mailbox unavailable", dead.LastError);
        host.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, (await host.DispatchAsync()).Claimed);
        Assert.Empty(Sink.MessagesTo(gone));
        Assert.Single(Sink.MessagesTo(ana));
        Assert.Single(Sink.MessagesTo(kim));
    }

    [Fact]
    public async Task While_the_server_is_down_messages_wait_without_using_up_tries_and_all_arrive_when_it_is_back()
    {
        await using var host = await OutboxTestHost.CreateAsync(sink: Sink);
        var people = Enumerable.Range(0, 5).Select(i => Address($"w{i}")).ToList();
        await host.QueueAsync([.. people.Select(p => OutboxTestHost.Message(p))]);
        await Sink.StopAsync();
        try
        {
            // Longer than MaxAttempts (3) passes: an outage must never dead-letter mail.
            for (var pass = 0; pass < 5; pass++)
            {
                var result = await host.DispatchAsync();
                Assert.True(result.ServerUnreachable);
                Assert.Equal(0, result.Sent);
                host.Clock.Advance(TimeSpan.FromMinutes(10));
            }

            var waiting = await host.RowsAsync();
            Assert.All(waiting, r =>
            {
                Assert.Equal(OutboxStatus.FailedWillRetry, r.Status);
                Assert.Equal(0, r.Attempts);
                Assert.StartsWith("Could not reach the mail server", r.LastError, StringComparison.Ordinal);
            });
        }
        finally
        {
            await Sink.RestartAsync();
        }

        host.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(5, (await host.DispatchAsync()).Sent);
        foreach (var person in people)
        {
            Assert.Single(await Sink.WaitForMessagesAsync(person, 1));
        }

        Assert.All(await host.RowsAsync(), r => Assert.Equal(OutboxStatus.Sent, r.Status));
    }

    [Fact]
    public async Task A_crash_mid_batch_resends_only_what_was_not_recorded_as_sent()
    {
        await using var host = await OutboxTestHost.CreateAsync(sink: Sink, settings: new Dictionary<string, string?> { ["Notifications:Outbox:BatchSize"] = "1" });
        var (first, inFlight, claimed) = (Address("first"), Address("inflight"), Address("claimed"));
        await host.QueueAsync(OutboxTestHost.Message(first), OutboxTestHost.Message(inFlight), OutboxTestHost.Message(claimed));
        Assert.Equal(1, (await host.DispatchAsync()).Sent);

        // What a process killed mid-batch leaves: the rows it claimed but had not recorded as sent still say
        // "Sending". (Had the one in flight reached the server, its resend is the one repeat the design allows.)
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FamilyBridge.Notifications.Data.NotificationsDbContext>();
            foreach (var row in db.Outbox.Where(m => m.Status == OutboxStatus.Queued))
            {
                row.Status = OutboxStatus.Sending;
                row.ClaimToken = Guid.NewGuid();
                row.ClaimedUtc = OutboxTestHost.Start.UtcDateTime;
            }

            await db.SaveChangesAsync();
        }

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.RestartAsync();
        Assert.Equal(0, (await host.DispatchAsync()).Claimed);
        Assert.Equal(2, await host.Dispatcher.RecoverInterruptedAsync());
        Assert.Equal(1, (await host.DispatchAsync()).Sent);
        Assert.Equal(1, (await host.DispatchAsync()).Sent);

        Assert.Single(await Sink.WaitForMessagesAsync(first, 1));
        Assert.Single(await Sink.WaitForMessagesAsync(inFlight, 1));
        Assert.Single(await Sink.WaitForMessagesAsync(claimed, 1));
        Assert.All(await host.RowsAsync(), r => Assert.Equal(OutboxStatus.Sent, r.Status));
    }

    [Fact]
    public async Task A_gate_that_says_no_cancels_the_message_before_it_is_sent()
    {
        var gate = new ListGate("circle-consent:");
        await using var host = await OutboxTestHost.CreateAsync(sink: Sink, configure: s => s.AddSingleton<IOutboxDeliveryGate>(gate));
        var (kept, revoked, unknown) = (Address("kept"), Address("revoked"), Address("unknown"));
        await host.QueueAsync(
            OutboxTestHost.Message(kept, gate: "circle-consent:g1:u1"),
            OutboxTestHost.Message(revoked, gate: "circle-consent:g2:u1"),
            OutboxTestHost.Message(unknown, gate: "digest:g3"));
        gate.Refused["circle-consent:g2:u1"] = "The consent was revoked.";

        var result = await host.DispatchAsync();

        Assert.Equal((1, 1, 1), (result.Sent, result.Cancelled, result.DeadLettered));
        await Sink.WaitForMessageAsync(kept);
        Assert.Equal(["circle-consent:g1:u1", "circle-consent:g2:u1"], gate.Asked);
        var cancelled = await host.RowAsync(revoked);
        Assert.Equal(OutboxStatus.Cancelled, cancelled.Status);
        Assert.Equal("The consent was revoked.", cancelled.LastError);
        Assert.Null(cancelled.TextBody);
        Assert.Null(cancelled.HtmlBody);
        var held = await host.RowAsync(unknown);
        Assert.Equal(OutboxStatus.DeadLettered, held.Status);
        Assert.Equal("No delivery check is registered for this kind of message.", held.LastError);
        Assert.Empty(Sink.MessagesTo(revoked));
        Assert.Empty(Sink.MessagesTo(unknown));
    }

    [Fact]
    public async Task A_gate_that_cannot_answer_holds_the_message_and_counts_a_try()
    {
        var gate = new ListGate("circle-consent:") { Broken = true };
        await using var host = await OutboxTestHost.CreateAsync(sink: Sink, configure: s => s.AddSingleton<IOutboxDeliveryGate>(gate));
        var ana = Address("ana");
        await host.QueueAsync(OutboxTestHost.Message(ana, gate: "circle-consent:g1:u1"));

        Assert.Equal(1, (await host.DispatchAsync()).Failed);

        var held = await host.RowAsync(ana);
        Assert.Equal(OutboxStatus.FailedWillRetry, held.Status);
        Assert.Equal(1, held.Attempts);
        Assert.Equal("The delivery check failed: The consent store is unavailable.", held.LastError);
        gate.Broken = false;
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await host.DispatchAsync()).Sent);
        Assert.Single(await Sink.WaitForMessagesAsync(ana, 1));
    }

    private sealed class ListGate(string prefix) : IOutboxDeliveryGate
    {
        public Dictionary<string, string> Refused { get; } = [];

        public bool Broken { get; set; }

        public List<string> Asked { get; } = [];

        public string KeyPrefix => prefix;

        public Task<DeliveryDecision> CheckAsync(string deliveryGateKey, CancellationToken cancellationToken = default)
        {
            Asked.Add(deliveryGateKey);
            if (Broken)
            {
                throw new InvalidOperationException("The consent store is unavailable.");
            }

            return Task.FromResult(Refused.TryGetValue(deliveryGateKey, out var reason) ? DeliveryDecision.Cancel(reason) : DeliveryDecision.Send);
        }
    }
}
