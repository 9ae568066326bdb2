using System.Net;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Notifications.Data;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Services;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;
using FamilyBridge.Tests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Notifications;

/// <summary>/admin/mail: administrators see envelopes and errors (never bodies) and can send a message again.</summary>
[Collection(OutboxSiteFixture.Collection)]
public sealed class MailQueuePageTests(OutboxSiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    private SmtpSink Sink => fixture.Sink;

    [Fact]
    public async Task An_administrator_sees_who_and_why_but_never_the_body_and_can_send_a_refused_message_again()
    {
        var gone = $"gone-{Guid.NewGuid():N}@example.org";
        var secret = $"Sam wrote something private {Guid.NewGuid():N}";
        Sink.Refuse(gone, "550 5.1.1 mailbox unavailable");
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IEmailOutbox>().EnqueueAsync(
                [EmailLayout.Compose(gone, "Ana", "Sam shared an update", [secret])]);
        }

        var dead = await WaitForStatusAsync(gone, OutboxStatus.DeadLettered);
        Assert.Equal(2, dead.Attempts);
        var (_, admin) = await StaffAccounts.CreateAndSignInAsync(Site, SiteRoles.Administrator);
        using var _ = admin;

        var page = await admin.GetAsync("/admin/mail");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var row = page.Document.QuerySelectorAll("table.mail-queue tbody tr").Single(r => r.TextContent.Contains(gone, StringComparison.Ordinal));
        var cells = row.Children.Select(c => HtmlPage.Collapse(c.TextContent)).ToList();
        Assert.Equal(gone, cells[0]);
        Assert.Equal("Sam shared an update", cells[1]);
        Assert.Equal("Stopped after too many tries", cells[2]);
        Assert.Equal("2", cells[3]);
        Assert.Equal("550 5.1.1 mailbox unavailable", cells[4]);
        Assert.DoesNotContain(secret, page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("table.mail-queue caption"));
        Assert.All(page.Document.QuerySelectorAll("table.mail-queue thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Contains("Stopped after too many tries", page.Texts("dl.mail-counts dt"));

        Sink.Accept(gone);
        var retried = await admin.SubmitAsync(
            page, "/admin/mail", new Dictionary<string, string> { ["id"] = dead.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "main form[action$='handler=Retry']");

        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        var after = await admin.FollowAsync(retried);
        Assert.Contains("The message is back in the queue", after.Text, StringComparison.Ordinal);
        var mail = await Sink.WaitForMessageAsync(gone);
        Assert.Contains(secret, mail.TextBody, StringComparison.Ordinal);
        var sent = await WaitForStatusAsync(gone, OutboxStatus.Sent);
        Assert.Null(sent.TextBody);
    }

    [Fact]
    public async Task Editors_are_refused_and_visitors_are_sent_to_sign_in()
    {
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(Site, SiteRoles.Editor);
        using var _ = editor;
        var denied = await editor.Client.GetAsync(new Uri("/admin/mail", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/access-denied", denied.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var post = await editor.Client.PostAsync(new Uri("/admin/mail?handler=RetryAll", UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.False(post.Headers.Location?.OriginalString.StartsWith("/admin/mail", StringComparison.Ordinal) ?? false);

        using var visitor = new Reader(Site);
        var response = await visitor.Client.GetAsync(new Uri("/admin/mail", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private async Task<OutboxMessage> WaitForStatusAsync(string recipient, OutboxStatus status)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            await using (var scope = Site.Services.CreateAsyncScope())
            {
                var row = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Outbox.AsNoTracking().SingleOrDefaultAsync(m => m.Recipient == recipient);
                if (row?.Status == status)
                {
                    return row;
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"The message to {recipient} is {row?.Status.ToString() ?? "missing"}, not {status}.");
                }
            }

            await Task.Delay(50);
        }
    }
}
