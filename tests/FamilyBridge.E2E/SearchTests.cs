using FamilyBridge.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyBridge.E2E;

[Collection(SiteCollection.Name)]
public sealed class SearchTests(SiteFixture site, BrowserFixture browser)
{
    [Fact]
    public async Task A_reader_searches_from_the_header_and_finds_the_naloxone_lesson_first()
    {
        var page = await browser.NewPageAsync(site.BaseAddress);
        try
        {
            await page.GotoAsync("/");
            await page.Locator("#site-search-q").FillAsync("narcan");
            await page.Locator("#site-search-q").PressAsync("Enter");

            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Search");
            var first = page.Locator(".search-results > li").First;
            await Expect(first.GetByRole(AriaRole.Link)).ToHaveTextAsync("Naloxone and overdose: what to do");
            await Expect(first.Locator("mark").First).ToBeVisibleAsync();
            await page.AssertNoAxeViolationsAsync();

            await first.GetByRole(AriaRole.Link).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Uri(site.BaseAddress, "/trigger-proofing-the-home/naloxone-and-overdose").ToString());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Filters_and_the_no_results_page_work_without_JavaScript_and_pass_axe()
    {
        var page = await browser.NewPageAsync(site.BaseAddress, javaScriptEnabled: false, width: 390, height: 844);
        try
        {
            await page.GotoAsync("/search?q=naloxone");
            await Expect(page.GetByRole(AriaRole.Searchbox)).ToHaveCountAsync(1);
            var firstResult = await page.Locator(".search-results > li").First.BoundingBoxAsync();
            Assert.True(firstResult!.Y < 844, $"The first result starts {firstResult.Y} px down, below a 844 px phone screen.");
            await Expect(page.Locator(".search-filters").GetByRole(AriaRole.Link, new() { Name = "Resources" })).ToBeHiddenAsync();
            await page.Locator(".search-filters summary").ClickAsync();
            await page.Locator(".search-filters").GetByRole(AriaRole.Link, new() { Name = "Resources" }).ClickAsync();

            await Expect(page.Locator(".search-filters summary")).ToContainTextAsync("Resources · All modules");
            await Expect(page.Locator(".search-filters a[aria-current=true]").First).ToBeHiddenAsync();
            await Expect(page.Locator(".search-results .meta").First).ToHaveTextAsync("Resource");
            await page.AssertNoAxeViolationsWithoutScriptAsync();

            await page.GetByRole(AriaRole.Main).GetByLabel("Search lessons and resources").FillAsync("qwxzvbn");
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToHaveTextAsync("No results for “qwxzvbn”");
            await Expect(page.Locator(".search-empty a[href='tel:988']")).ToBeVisibleAsync();
            await page.AssertNoAxeViolationsWithoutScriptAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_pasted_ten_kilobyte_message_gets_a_results_page_not_an_error()
    {
        var page = await browser.NewPageAsync(site.BaseAddress);
        try
        {
            var pasted = string.Concat(Enumerable.Repeat("my son stole my pills again 🙏 \"AND OR NOT* ", 300))[..10240];
            var response = await page.GotoAsync("/search?q=" + Uri.EscapeDataString(pasted));

            Assert.Equal(200, response?.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Search");
            await Expect(page.Locator("aside.crisis-strip").GetByRole(AriaRole.Link, new() { Name = "Call or text 988" })).ToBeVisibleAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
