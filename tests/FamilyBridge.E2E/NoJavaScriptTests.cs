using FamilyBridge.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyBridge.E2E;

/// <summary>The site promises to be fully usable with JavaScript off (and its CSP allows no inline script).</summary>
[Collection(SiteCollection.Name)]
public sealed class NoJavaScriptTests(SiteFixture site, BrowserFixture browser)
{
    [Fact]
    public async Task Lesson_reads_and_knowledge_check_works_with_javascript_disabled()
    {
        var page = await browser.NewPageAsync(site.BaseAddress, javaScriptEnabled: false, width: 390, height: 844);
        try
        {
            await page.GotoAsync("/practising-calm-conversations/choosing-a-good-moment");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Choosing a good moment");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Why timing matters" })).ToBeVisibleAsync();
            await Expect(page.GetByText("Wait for a calm, sober moment")).ToBeVisibleAsync();
            // "Get help now" is a <details>: it opens without script.
            var crisis = page.GetByRole(AriaRole.Complementary, new() { Name = "Crisis help" });
            await crisis.GetByText("Get help now").ClickAsync();
            await Expect(crisis.GetByRole(AriaRole.Link, new() { Name = "call 988", Exact = true })).ToBeVisibleAsync();

            await page.GetByLabel("When you are both calm and sober").CheckAsync();
            await page.GetByLabel("Short", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Check my answers" }).ClickAsync();

            await Expect(page.Locator(".score")).ToContainTextAsync("You got 2 of 2 right.");
            await Expect(page.Locator(".question").Nth(0)).ToContainTextAsync("Calm, sober moments give both of you the best chance to listen.");
            await Expect(page.GetByLabel("Short", new() { Exact = true })).ToBeCheckedAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
