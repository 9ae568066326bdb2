using System.Text.RegularExpressions;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.E2E.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace FamilyBridge.E2E;

[Collection(SiteCollection.Name)]
public sealed partial class AccountJourneyTests(SiteFixture site, BrowserFixture browser)
{
    private const string Password = "a long kind passphrase";

    [Fact]
    public async Task Reader_registers_confirms_by_the_emailed_link_signs_in_completes_a_lesson_and_is_offered_the_next()
    {
        var (first, second) = await TwoLessonsAsync();
        var email = $"journey-{Guid.NewGuid():N}@example.org";
        var page = await browser.NewPageAsync(site.BaseAddress);
        try
        {
            await page.GotoAsync("/account/register");
            await page.AssertNoAxeViolationsAsync();
            await page.GetByLabel("Your name").FillAsync("Morgan");
            await page.GetByLabel("Email address").FillAsync(email);
            await page.GetByLabel("Password").FillAsync("short");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

            // The error is announced, linked to its field, and what was typed (not the password) stays.
            await Expect(page.Locator(".error-summary")).ToContainTextAsync("at least 10 characters");
            await Expect(page.GetByLabel("Email address")).ToHaveValueAsync(email);
            await Expect(page.GetByLabel("Password")).ToHaveValueAsync("");
            await page.AssertNoAxeViolationsAsync();
            await page.GetByLabel("Password").FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your email");
            await page.AssertNoAxeViolationsAsync();

            var mail = await WaitForMailAsync(email);
            await page.GotoAsync(ConfirmationLink(mail));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Email confirmed");
            await page.AssertNoAxeViolationsAsync();

            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
            await page.AssertNoAxeViolationsAsync();
            await page.GetByLabel("Email address").FillAsync(email);
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();

            await page.GotoAsync($"/{first.Path}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Mark lesson complete" }).ClickAsync();
            await Expect(page.GetByText("You finished this lesson.")).ToBeVisibleAsync();
            await page.AssertNoAxeViolationsAsync();

            await page.GotoAsync("/");
            var next = page.Locator(".continue-learning").GetByRole(AriaRole.Link);
            await Expect(next).ToHaveTextAsync($"Continue: {second.Title}");
            await next.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(second.Title);

            foreach (var path in new[] { "/me", "/account/manage", "/account/manage/email", "/account/manage/password", "/account/manage/two-factor", "/account/manage/data" })
            {
                await page.GotoAsync(path);
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
                await page.AssertNoAxeViolationsAsync();
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Signed_out_account_pages_pass_axe()
    {
        var page = await browser.NewPageAsync(site.BaseAddress, width: 390, height: 844);
        try
        {
            foreach (var path in new[] { "/account/login", "/account/forgot-password", "/account/forgot-password?sent=true", "/account/reset-password?email=a%40example.org&code=x" })
            {
                await page.GotoAsync(path);
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
                await page.AssertNoAxeViolationsAsync();
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<(ContentItem First, ContentItem Second)> TwoLessonsAsync()
    {
        await using var scope = site.Site.Services.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
        foreach (var module in await query.GetByTypeAsync("Module", VersionOptions.Published))
        {
            var lessons = (await query.GetListItemsAsync(module.ContentItemId, VersionOptions.Published)).Where(l => l.ContentType == "Lesson").ToList();
            if (lessons.Count >= 2)
            {
                return (lessons[0], lessons[1]);
            }
        }

        throw new InvalidOperationException("No module with two lessons.");
    }

    private Task<MimeMessage> WaitForMailAsync(string to) => PickupMailbox.WaitForMailAsync(site.Site.AppDataPath, to);

    private static string ConfirmationLink(MimeMessage mail) =>
        new Uri(Link().Matches(mail.TextBody ?? "").Select(m => m.Value).First(u => u.Contains("/account/confirm-email", StringComparison.Ordinal))).PathAndQuery;

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
