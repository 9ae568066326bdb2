using FamilyBridge.Accounts.Models;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.E2E.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyBridge.E2E;

/// <summary>The knowledge check asking for answers, "Saved." after a save, and the /me dashboard, in Chromium.</summary>
[Collection(SiteCollection.Name)]
public sealed class ProgressJourneyTests(SiteFixture site, BrowserFixture browser)
{
    private const string Password = "a long kind passphrase";

    /// <summary>The innermost elements of the main content reaching past the right edge of the screen.</summary>
    private const string WiderThanScreen = """
        [...document.querySelectorAll('main *')]
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
            .slice(0, 5)
            .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')
        """;

    [Fact]
    public async Task An_empty_knowledge_check_asks_for_the_answers_keeps_the_one_chosen_and_links_to_the_rest()
    {
        var lesson = await LessonAsync(l => l.Title == "Choosing a good moment");
        var page = await browser.NewPageAsync(site.BaseAddress, width: 390, height: 844);
        try
        {
            await page.GotoAsync($"/{lesson.Path}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Check my answers" }).ClickAsync();

            var summary = page.Locator(".knowledge-check .error-summary");
            await Expect(summary).ToContainTextAsync("Please answer every question first");
            await Expect(summary.GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
            await Expect(page.Locator(".score")).ToHaveCountAsync(0);
            await page.AssertNoAxeViolationsAsync();

            await page.GetByLabel("When you are both calm and sober").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Check my answers" }).ClickAsync();

            await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Question 2: choose an answer"]);
            await Expect(page.GetByLabel("When you are both calm and sober")).ToBeCheckedAsync();
            await summary.GetByRole(AriaRole.Link).ClickAsync();
            await Expect(page.Locator(".question").Nth(1).Locator("input[type=radio]").First).ToBeFocusedAsync();

            await page.GetByLabel("Short", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Check my answers" }).ClickAsync();
            await Expect(page.Locator(".score")).ToHaveTextAsync("You got 2 of 2 right. Well done. This is just for you.");
            await Expect(summary).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_reader_saves_a_note_sees_saved_and_finds_it_on_a_me_page_that_passes_axe_at_every_width()
    {
        var lesson = await LessonAsync(l => l.GetBagItems("Checklist").Count > 0 && !string.IsNullOrWhiteSpace(l.GetText("Lesson", "ReflectionPrompt")));
        var email = await CreateReaderAsync();
        var page = await browser.NewPageAsync(site.BaseAddress);
        try
        {
            await page.GotoAsync("/account/login");
            await page.GetByLabel("Email address").FillAsync(email);
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();

            await page.GotoAsync($"/{lesson.Path}");
            await page.GetByLabel("Your private note (only you can see it)").FillAsync("Ask how the week went, then listen.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();
            await Expect(page.Locator("#reflection").GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved. Your note is kept here and on your progress page.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Mark lesson complete" }).ClickAsync();
            await Expect(page.Locator("#your-progress").GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved. This lesson is marked as done.");
            await page.AssertNoAxeViolationsAsync();

            await page.GotoAsync("/me");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your progress");
            await Expect(page.Locator(".reflection-note")).ToHaveTextAsync("Ask how the week went, then listen.");
            await Expect(page.GetByRole(AriaRole.Progressbar).First).ToBeVisibleAsync();
            await page.AssertNoAxeViolationsAsync();
            foreach (var width in new[] { 390, 320 })
            {
                await page.SetViewportSizeAsync(width, 844);
                await page.AssertNoAxeViolationsAsync();
                // The dashboard's own content; the header around it is the layout's (and checked with it).
                var culprits = await page.EvaluateAsync<string[]>(WiderThanScreen);
                Assert.True(culprits.Length == 0, $"/me reaches past a {width} px screen: {string.Join(", ", culprits)}");
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<ContentItem> LessonAsync(Func<ContentItem, bool> match)
    {
        await using var scope = site.Site.Services.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
        return (await query.GetByTypeAsync("Lesson", VersionOptions.Published)).First(match);
    }

    /// <summary>A confirmed reader account with no site role, made through the site's UserManager.</summary>
    private async Task<string> CreateReaderAsync()
    {
        await using var scope = site.Site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        var email = $"reader-{Guid.NewGuid():N}@example.org";
        var result = await users.CreateAsync(
            new AccountUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Jordan", CreatedUtc = DateTime.UtcNow }, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return email;
    }
}
