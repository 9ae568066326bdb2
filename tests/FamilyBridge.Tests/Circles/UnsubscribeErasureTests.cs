using FamilyBridge.Circles.Models;
using FamilyBridge.Notifications.Data;
using FamilyBridge.Notifications.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Circles;

/// <summary>Issue 16, finding 10: someone who unsubscribes leaves no address in the mail queue's record of those emails.</summary>
public sealed class UnsubscribeErasureTests(ConsentHostFixture fixture) : IClassFixture<ConsentHostFixture>
{
    [Fact]
    public async Task Unsubscribing_erases_the_address_from_the_queued_and_sent_consent_emails()
    {
        var host = fixture.Host;
        var (circle, owner) = await host.CreateCircleAsync("erasure");
        const string to = "leave-me-out@example.net";
        var (grantId, _) = await host.GrantAsync(circle, owner, new ConsentGrantInput { RecipientName = "Lee", RecipientEmail = to });
        await host.DeliverAsync();
        Assert.True(await RowsToAsync(host, to) > 0);

        await host.LinksAsync(s => s.UnsubscribeAsync(grantId));

        Assert.Equal(0, await RowsToAsync(host, to));
        Assert.True(await RowsToAsync(host, MailQueue.ErasedAddress(to)) > 0);
    }

    private static Task<int> RowsToAsync(ConsentTestHost host, string address) =>
        host.RunAsync(sp => sp.GetRequiredService<NotificationsDbContext>().Outbox.CountAsync(m => m.Recipient == address));
}
