using System.Text.RegularExpressions;
using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using FamilyBridge.E2E.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyBridge.E2E;

[Collection(SiteCollection.Name)]
public sealed partial class InvitationJourneyTests(SiteFixture site, BrowserFixture browser)
{
    private const string Password = "a long kind passphrase";

    [Fact]
    public async Task An_invitee_who_registers_from_the_invitation_lands_back_on_it_after_confirming_and_joins_with_the_device_time_zone()
    {
        var email = $"invitee-{Guid.NewGuid():N}@example.org";
        var path = await InviteAsync(email);
        // The browser says it is in Chicago; the page's script should fill that in.
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            TimezoneId = "America/Chicago",
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync(path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sam invited you to their family circle");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What is a family circle?" })).ToBeVisibleAsync();
            await page.AssertNoAxeViolationsAsync();
            await ScreenshotAsync(page, "invitation-visitor-390");

            await page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
            await page.GetByLabel("Your name").FillAsync("Ana");
            await page.GetByLabel("Email address").FillAsync(email);
            await page.GetByLabel("Password").FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your email");
            await page.AssertNoAxeViolationsAsync();

            // The link in the real email, as the invitee would click it.
            var mail = await PickupMailbox.WaitForMailAsync(site.Site.AppDataPath, email, "Confirm your email address");
            var link = Link().Matches(mail.TextBody ?? "").Select(m => m.Value).First(u => u.Contains("/account/confirm-email", StringComparison.Ordinal));
            Assert.StartsWith(site.BaseAddress.ToString(), link, StringComparison.Ordinal);
            await page.GotoAsync(link);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Email confirmed");
            await page.AssertNoAxeViolationsAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Sign in and continue" }).ClickAsync();
            await page.GetByLabel("Email address").FillAsync(email);
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path) + "$"));
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Accept and join" })).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Your time zone")).ToHaveValueAsync("America/Chicago");
            await Expect(page.Locator("#accept-zone-hint")).ToContainTextAsync("Filled in from this device");
            await page.AssertNoAxeViolationsAsync();
            await ScreenshotAsync(page, "invitation-signed-in-390");
            await page.SetViewportSizeAsync(1280, 900);
            await ScreenshotAsync(page, "invitation-signed-in-1280");

            await page.GetByRole(AriaRole.Button, new() { Name = "Accept and join" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/circles/[^/]+$"));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task Six_sign_ups_from_loopback_within_a_minute_all_succeed_with_the_shipped_settings()
    {
        // A site of its own with the limits exactly as shipped in appsettings.json (no test overrides).
        await using var shipped = new KestrelSiteFactory(shippedLimits: true);
        var page = await browser.NewPageAsync(shipped.BaseAddress);
        try
        {
            var started = DateTime.UtcNow;
            for (var i = 0; i < 6; i++)
            {
                await page.GotoAsync("/account/register");
                await page.GetByLabel("Your name").FillAsync($"Family member {i + 1}");
                await page.GetByLabel("Email address").FillAsync($"household-{i}-{Guid.NewGuid():N}@example.org");
                await page.GetByLabel("Password").FillAsync(Password);
                await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your email");
            }

            Assert.True(DateTime.UtcNow - started < TimeSpan.FromMinutes(1), "The six sign-ups took more than a minute, so they do not prove the point.");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Sam's circle on the shared site and an invitation to <paramref name="email"/>; returns the link's path.</summary>
    private async Task<string> InviteAsync(string email)
    {
        await using var scope = site.Site.Services.CreateAsyncScope();
        var owner = $"owner-{Guid.NewGuid():N}";
        var circle = await scope.ServiceProvider.GetRequiredService<CircleService>().CreateAsync(owner, "Sam's circle", "Sam", "America/New_York", null);
        var token = await scope.ServiceProvider.GetRequiredService<InvitationService>().InviteAsync(circle, owner, email, "Ana", Relationship.Sibling);
        return $"/circles/invitations/{token}";
    }

    /// <summary>Saved beside the test binaries (screenshots/) as an artefact of the run.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
