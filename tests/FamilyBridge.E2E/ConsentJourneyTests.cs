using FamilyBridge.Accounts.Models;
using FamilyBridge.E2E.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace FamilyBridge.E2E;

[Collection(SiteCollection.Name)]
public sealed class ConsentJourneyTests(SiteFixture site, BrowserFixture browser)
{
    private const string Password = "a long kind passphrase";

    [Fact]
    public async Task Owner_shares_by_email_with_someone_without_an_account_who_confirms_receives_an_update_and_unsubscribes()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var ownerEmail = $"owner-consent-{run}@example.org";
        var recipient = $"gran-{run}@example.net";
        await CreateUserAsync(ownerEmail);

        var owner = await browser.NewPageAsync(site.BaseAddress);
        var gran = await browser.NewPageAsync(site.BaseAddress);
        try
        {
            await owner.GotoAsync("/circles");
            await owner.GetByLabel("Email address").FillAsync(ownerEmail);
            await owner.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
            await owner.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await owner.GetByLabel("Circle name").FillAsync($"Lighthouse {run}");
            await owner.GetByLabel("Your name, as your circle will see it").FillAsync("Sam");
            await owner.GetByRole(AriaRole.Button, new() { Name = "Create the circle" }).ClickAsync();
            var circlePath = new Uri(owner.Url).AbsolutePath;

            await owner.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
            await owner.GetByRole(AriaRole.Link, new() { Name = "Email sharing" }).ClickAsync();
            await Expect(owner.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Email sharing");
            await owner.AssertNoAxeViolationsAsync();
            await owner.GetByLabel("Their name", new() { Exact = true }).FillAsync("Gran");
            await owner.GetByLabel("Their email address").FillAsync(recipient);
            await owner.GetByLabel("Milestones and check-ins").CheckAsync();
            await owner.GetByRole(AriaRole.Button, new() { Name = "Review and agree" }).ClickAsync();
            await Expect(owner.GetByText($"I, Sam, agree that FamilyBridge may email Gran ({recipient})")).ToBeVisibleAsync();
            await owner.AssertNoAxeViolationsAsync();
            await owner.GetByLabel("I have read this and I agree.").CheckAsync();
            await owner.GetByRole(AriaRole.Button, new() { Name = "Share by email" }).ClickAsync();
            await Expect(owner.GetByRole(AriaRole.Status)).ToContainTextAsync("We emailed Gran");
            await Expect(owner.Locator(".grant-card").Filter(new() { HasText = "Gran" })).ToContainTextAsync("Waiting for their yes");
            await owner.AssertNoAxeViolationsAsync();

            var invitation = await WaitForMailAsync(recipient, "Sam would like to send you updates");
            await gran.GotoAsync(LinkIn(invitation, "/email/confirm/"));
            await Expect(gran.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Emails from Sam");
            await gran.AssertNoAxeViolationsAsync();
            await gran.GetByRole(AriaRole.Button, new() { Name = "Yes, send me these emails" }).ClickAsync();
            await Expect(gran.GetByRole(AriaRole.Status)).ToContainTextAsync("Thank you.");
            await gran.AssertNoAxeViolationsAsync();

            await owner.GotoAsync(circlePath);
            await owner.GetByText("Share an update").ClickAsync();
            await owner.GetByLabel("Check-in: how I am today").CheckAsync();
            await owner.GetByLabel("4 Good", new() { Exact = true }).CheckAsync();
            await owner.GetByLabel("Note (optional for check-ins and meetings)").FillAsync($"Baked bread {run}");
            await owner.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true }).ClickAsync();
            await Expect(owner.GetByText($"Baked bread {run}")).ToBeVisibleAsync();

            var update = await WaitForMailAsync(recipient, "Sam shared an update");
            Assert.Contains($"Baked bread {run}", update.TextBody, StringComparison.Ordinal);
            var unsubscribe = new Uri((update.Headers["List-Unsubscribe"] ?? "").Trim('<', '>'));
            Assert.Equal("List-Unsubscribe=One-Click", update.Headers["List-Unsubscribe-Post"]);
            Assert.Contains(unsubscribe.AbsoluteUri, update.TextBody, StringComparison.Ordinal);

            await gran.GotoAsync(unsubscribe.PathAndQuery);
            await Expect(gran.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Unsubscribe");
            await gran.AssertNoAxeViolationsAsync();
            await gran.GetByRole(AriaRole.Button, new() { Name = "Stop these emails" }).ClickAsync();
            await Expect(gran.GetByRole(AriaRole.Status)).ToContainTextAsync("You will not get any more emails from Sam");
            await gran.AssertNoAxeViolationsAsync();

            await owner.GotoAsync($"{circlePath}/sharing");
            await owner.GetByRole(AriaRole.Link, new() { Name = "Gran" }).ClickAsync();
            await Expect(owner.GetByRole(AriaRole.Cell, new() { Name = "Stopped by the person (unsubscribed)" })).ToBeVisibleAsync();
            await Expect(owner.GetByRole(AriaRole.Cell, new() { Name = "Confirmed by the person" })).ToBeVisibleAsync();
            await owner.AssertNoAxeViolationsAsync();
        }
        finally
        {
            await owner.Context.CloseAsync();
            await gran.Context.CloseAsync();
        }
    }

    private async Task CreateUserAsync(string email)
    {
        await using var scope = site.Site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        var created = await users.CreateAsync(new AccountUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Sam" }, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
    }

    /// <summary>Waits (up to 10 s) for a message to <paramref name="to"/> with this subject in the site's pickup folder.</summary>
    private async Task<MimeMessage> WaitForMailAsync(string to, string subject)
    {
        var folder = Path.Combine(site.Site.AppDataPath, "mail");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                var message = await MimeMessage.LoadAsync(file);
                if (message.Subject == subject && message.To.Mailboxes.Any(m => m.Address == to))
                {
                    return message;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No email '{subject}' to {to} in {folder}.");
    }

    private static string LinkIn(MimeMessage mail, string pathStart) =>
        new Uri((mail.TextBody ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .First(w => w.StartsWith("http", StringComparison.Ordinal) && w.Contains(pathStart, StringComparison.Ordinal))).PathAndQuery;
}
