using System.Text.RegularExpressions;
using FamilyBridge.Accounts.Models;
using FamilyBridge.E2E.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace FamilyBridge.E2E;

[Collection(SiteCollection.Name)]
public sealed partial class CircleJourneyTests(SiteFixture site, BrowserFixture browser)
{
    private const string Password = "a long kind passphrase";
    private const string PrivateNote = "Only for Ana: e2e-circle-note-5c1";

    [Fact]
    public async Task Owner_invites_two_people_who_join_by_email_and_an_update_for_one_stays_hidden_from_the_other()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var ownerEmail = await CreateUserAsync($"owner-{run}@example.org", "Sam");
        var anaEmail = await CreateUserAsync($"ana-{run}@example.org", "Ana");
        var benEmail = await CreateUserAsync($"ben-{run}@example.org", "Ben");

        var owner = await browser.NewPageAsync(site.BaseAddress);
        var ana = await browser.NewPageAsync(site.BaseAddress);
        var ben = await browser.NewPageAsync(site.BaseAddress);
        try
        {
            // Signed out, /circles goes to sign-in and comes back.
            await owner.GotoAsync("/circles");
            await SignInAsync(owner, ownerEmail);
            await Expect(owner.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your family circles");
            await owner.AssertNoAxeViolationsAsync();

            await owner.GetByLabel("Circle name").FillAsync($"Harbour {run}");
            await owner.GetByLabel("Your name, as your circle will see it").FillAsync("Sam");
            await owner.GetByRole(AriaRole.Button, new() { Name = "Create the circle" }).ClickAsync();
            await Expect(owner.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Harbour {run}");
            var circlePath = new Uri(owner.Url).AbsolutePath;
            await owner.AssertNoAxeViolationsAsync();

            await owner.GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
            await owner.GetByRole(AriaRole.Link, new() { Name = "Invite someone" }).ClickAsync();
            foreach (var (email, name) in new[] { (anaEmail, "Ana"), (benEmail, "Ben") })
            {
                await owner.GetByLabel("Their email address").FillAsync(email);
                await owner.GetByLabel("Their name (optional)").FillAsync(name);
                await owner.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
                await Expect(owner.GetByRole(AriaRole.Status)).ToContainTextAsync("Invitation sent");
            }

            await Expect(owner.GetByText("pending, expires")).ToHaveCountAsync(2);
            await owner.AssertNoAxeViolationsAsync();

            foreach (var (page, email, name) in new[] { (ana, anaEmail, "Ana"), (ben, benEmail, "Ben") })
            {
                var mail = await WaitForMailAsync(email);
                Assert.Equal("Sam invited you to a private family circle on FamilyBridge", mail.Subject);
                await page.GotoAsync(InvitationLink(mail));
                await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
                await SignInAsync(page, email);
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sam invited you to their family circle");
                await page.AssertNoAxeViolationsAsync();
                await Expect(page.GetByLabel("Your name, as the circle will see it")).ToHaveValueAsync(name);
                await page.GetByRole(AriaRole.Button, new() { Name = "Accept and join" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Harbour {run}");
            }

            await owner.GotoAsync(circlePath);
            await owner.GetByText("Share an update").ClickAsync();
            await owner.GetByLabel("A note", new() { Exact = true }).CheckAsync();
            await owner.GetByLabel("Note (optional for check-ins and meetings)").FillAsync(PrivateNote);
            await owner.GetByLabel("Only the people I choose:").CheckAsync();
            await owner.GetByLabel("Ana", new() { Exact = true }).CheckAsync();
            await owner.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true }).ClickAsync();
            await Expect(owner.GetByText(PrivateNote)).ToBeVisibleAsync();
            await Expect(owner.GetByText("shared with Ana")).ToBeVisibleAsync();
            await owner.AssertNoAxeViolationsAsync();

            await ana.GotoAsync(circlePath);
            await Expect(ana.GetByText(PrivateNote)).ToBeVisibleAsync();
            await ana.AssertNoAxeViolationsAsync();
            await ana.GetByRole(AriaRole.Link, new() { Name = "Write a reply" }).ClickAsync();
            var updatePath = new Uri(ana.Url).AbsolutePath;
            await ana.GetByRole(AriaRole.Button, new() { Name = "Hug, 0 reactions" }).ClickAsync();
            await Expect(ana.GetByRole(AriaRole.Button, new() { Name = "Hug, 1 reaction" })).ToHaveAttributeAsync("aria-pressed", "true");
            await Expect(ana.GetByRole(AriaRole.Status)).ToHaveTextAsync("You sent a hug.");
            await ana.AssertNoAxeViolationsAsync();

            await ben.GotoAsync(circlePath);
            await Expect(ben.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Harbour {run}");
            await Expect(ben.GetByText("Nothing shared yet.")).ToBeVisibleAsync();
            Assert.DoesNotContain(PrivateNote, await ben.ContentAsync(), StringComparison.Ordinal);
            var direct = await ben.GotoAsync(updatePath);
            Assert.Equal(404, direct!.Status);
            Assert.DoesNotContain(PrivateNote, await ben.ContentAsync(), StringComparison.Ordinal);

            foreach (var path in new[] { $"{circlePath}/people", $"{circlePath}/settings", $"{circlePath}/checklist", $"{circlePath}/plan", $"{circlePath}/audit", updatePath })
            {
                await owner.GotoAsync(path);
                await Expect(owner.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
                await owner.AssertNoAxeViolationsAsync();
            }
        }
        finally
        {
            await owner.Context.CloseAsync();
            await ana.Context.CloseAsync();
            await ben.Context.CloseAsync();
        }
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private async Task<string> CreateUserAsync(string email, string name)
    {
        await using var scope = site.Site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        var created = await users.CreateAsync(new AccountUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name }, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return email;
    }

    private Task<MimeMessage> WaitForMailAsync(string to) => PickupMailbox.WaitForMailAsync(site.Site.AppDataPath, to);

    private static string InvitationLink(MimeMessage mail) =>
        new Uri(Link().Match(mail.TextBody ?? "").Value).PathAndQuery;

    [GeneratedRegex(@"https?://\S+/circles/invitations/\S+")]
    private static partial Regex Link();
}
