using System.Net;
using FamilyBridge.Accounts.Pages.Account;
using FamilyBridge.Notifications.Data;
using FamilyBridge.Tests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Accounts;

public sealed class ResendConfirmationTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    private const string Subject = "Confirm your email address";

    [Fact]
    public async Task Unknown_confirmed_and_waiting_addresses_get_the_same_answer_and_only_the_waiting_one_gets_a_new_link()
    {
        using var confirmedOwner = new Reader(fixture.Site);
        var confirmed = await confirmedOwner.RegisterAndSignInAsync();
        using var waitingOwner = new Reader(fixture.Site);
        var waiting = AccountTestData.NewEmail();
        await waitingOwner.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Sky",
            ["Input.Email"] = waiting,
            ["Input.Password"] = AccountTestData.Password,
        });
        await waitingOwner.WaitForMailAsync(waiting, Subject);
        var unknown = AccountTestData.NewEmail();
        using var visitor = new Reader(fixture.Site);

        var answers = new List<(HttpStatusCode, Uri?, string)>();
        foreach (var address in new[] { unknown, confirmed, waiting })
        {
            var posted = await visitor.SubmitAsync("/account/resend-confirmation", new Dictionary<string, string> { ["Input.Email"] = address });
            answers.Add((posted.StatusCode, posted.Headers.Location, (await visitor.FollowAsync(posted)).Text));
        }

        Assert.Single(answers.Distinct());
        Assert.Equal(HttpStatusCode.Redirect, answers[0].Item1);
        Assert.Contains(ResendConfirmationModel.SentMessage, answers[0].Item3, StringComparison.Ordinal);

        // The waiting account's second link works; the others got nothing new.
        var again = await visitor.WaitForMailAsync(waiting, Subject, count: 2);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(Reader.LinkIn(again, "/account/confirm-email"))).Response.StatusCode);
        Assert.Single(visitor.MailsTo(confirmed), m => m.Subject == Subject);
        Assert.Empty(visitor.MailsTo(unknown));
    }

    [Fact]
    public async Task One_address_gets_at_most_three_resent_links_an_hour_whoever_asks_and_the_answer_does_not_change()
    {
        using var owner = new Reader(fixture.Site);
        var waiting = AccountTestData.NewEmail();
        await owner.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Sky",
            ["Input.Email"] = waiting,
            ["Input.Password"] = AccountTestData.Password,
        });

        for (var i = 0; i < 5; i++)
        {
            using var someone = new Reader(fixture.Site);
            var posted = await someone.SubmitAsync("/account/resend-confirmation", new Dictionary<string, string> { ["Input.Email"] = waiting });
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        // Counted in the outbox, where every email is written in the same request that asked for it.
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Outbox
            .CountAsync(m => m.Recipient == waiting && m.Subject == Subject);
        Assert.Equal(1 + 3, queued);
    }

    [Fact]
    public async Task Sign_in_check_email_and_register_pages_link_to_the_resend_page()
    {
        using var visitor = new Reader(fixture.Site);

        foreach (var path in new[] { "/account/login", "/account/check-email", "/account/register" })
        {
            var page = await visitor.GetAsync(path);
            Assert.NotNull(page.Document.QuerySelector("main a[href^='/account/resend-confirmation']"));
        }

        var resend = await visitor.GetAsync("/account/resend-confirmation");
        Assert.Equal("Send the confirmation email again", resend.Document.QuerySelector("h1")?.TextContent);
        Assert.Equal("Email address", HtmlPage.Collapse(resend.Document.QuerySelector("label[for=Input_Email]")?.TextContent ?? ""));
    }
}
