using System.Text.RegularExpressions;
using FamilyBridge.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyBridge.E2E;

[Collection(SiteCollection.Name)]
public sealed partial class ReaderJourneyTests(SiteFixture site, BrowserFixture browser)
{
    [Fact]
    public async Task Reader_goes_from_home_through_a_lesson_and_its_knowledge_check_to_the_next_lesson()
    {
        var page = await browser.NewPageAsync(site.BaseAddress);
        try
        {
            await page.GotoAsync("/");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You are not alone in this");
            await Expect(page.GetByRole(AriaRole.Complementary, new() { Name = "Crisis help" })).ToContainTextAsync("988");
            await page.AssertNoAxeViolationsAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Practising calm conversations", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(ModuleUrl());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Practising calm conversations");
            await page.AssertNoAxeViolationsAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Choosing a good moment", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Choosing a good moment");
            await Expect(page.GetByText("About 6 minutes to read")).ToBeVisibleAsync();
            await page.AssertNoAxeViolationsAsync();

            await page.GetByLabel("When you are both calm and sober").CheckAsync();
            await page.GetByLabel("As long as it takes").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Check my answers" }).ClickAsync();

            await Expect(page.Locator(".score")).ToContainTextAsync("You got 1 of 2 right.");
            await Expect(page.Locator(".question").Nth(0)).ToContainTextAsync("Right.");
            await Expect(page.Locator(".question").Nth(1)).ToContainTextAsync("Not quite. The answer is “Short”.");
            await Expect(page.Locator(".question").Nth(1)).ToContainTextAsync("A short talk is easier for both of you");
            await Expect(page.GetByLabel("When you are both calm and sober")).ToBeCheckedAsync();
            await Expect(page.GetByLabel("As long as it takes")).ToBeCheckedAsync();
            await page.AssertNoAxeViolationsAsync();

            await page.GetByRole(AriaRole.Link, new() { NameRegex = NextLessonLink() }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Listening without fixing");
            await page.AssertNoAxeViolationsAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Resource_directory_and_the_404_page_pass_axe()
    {
        var page = await browser.NewPageAsync(site.BaseAddress, width: 390, height: 844);
        try
        {
            await page.GotoAsync("/resources");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Resources");
            await page.AssertNoAxeViolationsAsync();

            var response = await page.GotoAsync("/this/page/does/not/exist");
            Assert.Equal(404, response!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("We couldn't find that page");
            await page.AssertNoAxeViolationsAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [GeneratedRegex("/practising-calm-conversations$")]
    private static partial Regex ModuleUrl();

    [GeneratedRegex("Next lesson.*Listening without fixing")]
    private static partial Regex NextLessonLink();
}
