using System.Text.Json;
using FamilyBridge.Accounts.Models;
using FamilyBridge.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyBridge.E2E;

/// <summary>The crisis strip, the quick exit and the form design, as a parent on a 390×844 phone meets them.</summary>
[Collection(SiteCollection.Name)]
public sealed class PhoneFirstTests(SiteFixture site, BrowserFixture browser)
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;
    private const string NeutralSite = "https://www.google.com/";

    [Fact]
    public async Task On_a_phone_the_crisis_strip_and_header_take_under_a_fifth_of_the_screen_and_get_help_now_opens_every_number_as_44px_links()
    {
        var page = await browser.NewPageAsync(site.BaseAddress, width: PhoneWidth, height: PhoneHeight);
        try
        {
            await page.GotoAsync("/");
            var headerBottom = await page.EvaluateAsync<double>("() => document.querySelector('.site-header').getBoundingClientRect().bottom");
            Assert.True(headerBottom <= PhoneHeight * 0.2, $"Crisis strip and header end {headerBottom} px down a {PhoneHeight} px screen (over 20 %).");

            var strip = page.GetByRole(AriaRole.Complementary, new() { Name = "Crisis help" });
            var getHelp = strip.GetByText("Get help now");
            var quickExit = strip.GetByRole(AriaRole.Link, new() { Name = "Leave this site" });
            await AssertTallEnoughAsync(getHelp);
            await AssertTallEnoughAsync(quickExit);
            await AssertTallEnoughAsync(page.GetByText("Menu", new() { Exact = true }));

            await getHelp.ClickAsync();
            foreach (var href in new[] { "tel:988", "sms:988", "tel:911", "tel:18006624357", "tel:18002221222" })
            {
                var link = strip.Locator($".crisis-numbers a[href='{href}']");
                await Expect(link).ToBeVisibleAsync();
                await AssertTallEnoughAsync(link);
            }

            await page.AssertNoAxeViolationsAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Leave_this_site_replaces_the_page_with_a_neutral_site_so_back_does_not_return_to_it()
    {
        var page = await browser.NewPageAsync(site.BaseAddress, width: PhoneWidth, height: PhoneHeight);
        await NeutralSiteAnswersAsync(page);
        try
        {
            await page.GotoAsync("/");
            await page.GotoAsync("/browsing-safely");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Browsing safely");
            await page.GetByRole(AriaRole.Link, new() { Name = "Leave this site" }).ClickAsync();
            await page.WaitForURLAsync(url => url.StartsWith(NeutralSite, StringComparison.Ordinal));

            await page.GoBackAsync();
            Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Leave_this_site_works_without_javascript_and_the_browsing_safely_page_says_it_does_not_erase_history()
    {
        var page = await browser.NewPageAsync(site.BaseAddress, javaScriptEnabled: false, width: PhoneWidth, height: PhoneHeight);
        await NeutralSiteAnswersAsync(page);
        try
        {
            await page.GotoAsync("/browsing-safely");
            var main = page.GetByRole(AriaRole.Main);
            await Expect(main).ToContainTextAsync("does not erase your history");
            await Expect(main).ToContainTextAsync("private window");
            await page.AssertNoAxeViolationsWithoutScriptAsync();

            await page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Browsing safely" }).WaitForAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Leave this site" }).ClickAsync();
            await page.WaitForURLAsync(url => url.StartsWith(NeutralSite, StringComparison.Ordinal));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Home_page_start_here_gives_three_steps_with_911_988_the_helpline_and_the_first_lesson()
    {
        var page = await browser.NewPageAsync(site.BaseAddress, width: PhoneWidth, height: PhoneHeight);
        try
        {
            await page.GotoAsync("/");
            var startHere = page.GetByRole(AriaRole.Region, new() { Name = "Start here: three things you can do today" });
            await Expect(startHere.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(3);
            foreach (var href in new[] { "tel:911", "tel:988", "sms:988", "tel:18006624357", "/resources" })
            {
                await Expect(startHere.Locator($"a[href='{href}']")).ToBeVisibleAsync();
            }

            // Step 2 links the first lesson of the first module, whatever the curriculum names it.
            var firstLesson = startHere.GetByRole(AriaRole.Listitem).Nth(1).GetByRole(AriaRole.Link);
            var title = await firstLesson.TextContentAsync();
            await firstLesson.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title!);
            await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" })).ToBeVisibleAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task On_a_phone_form_controls_are_16px_or_more_44px_tall_with_their_label_above_and_a_visible_focus_ring()
    {
        var page = await browser.NewPageAsync(site.BaseAddress, width: PhoneWidth, height: PhoneHeight);
        try
        {
            await page.GotoAsync("/account/register");
            var controls = page.GetByRole(AriaRole.Main).Locator("input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea");
            Assert.True(await controls.CountAsync() > 0, "The sign-up page has no form controls to check.");
            foreach (var control in await controls.AllAsync())
            {
                var box = await control.EvaluateAsync<JsonElement>("""
                    e => {
                        const label = e.labels && e.labels[0];
                        const r = e.getBoundingClientRect();
                        return { id: e.id, font: parseFloat(getComputedStyle(e).fontSize), height: r.height, top: r.top,
                                 labelBottom: label ? label.getBoundingClientRect().bottom : -1 };
                    }
                    """);
                var id = box.GetProperty("id").GetString();
                Assert.True(box.GetProperty("font").GetDouble() >= 16, $"#{id} text is under 16 px, so phones zoom in.");
                Assert.True(box.GetProperty("height").GetDouble() >= 44, $"#{id} is under 44 px tall.");
                var labelBottom = box.GetProperty("labelBottom").GetDouble();
                Assert.True(labelBottom >= 0 && labelBottom <= box.GetProperty("top").GetDouble() + 1, $"#{id}'s label is not above it.");
            }

            var first = controls.First;
            await page.Keyboard.PressAsync("Tab");
            await first.FocusAsync();
            await page.Keyboard.PressAsync("Shift+Tab");
            await page.Keyboard.PressAsync("Tab");
            var outline = await first.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth");
            Assert.Equal("solid 3px", outline);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_design_system_page_shows_every_component_to_editors_and_is_closed_to_readers()
    {
        var reader = await browser.NewPageAsync(site.BaseAddress);
        var page = await browser.NewPageAsync(site.BaseAddress);
        try
        {
            await reader.GotoAsync("/admin/design");
            await Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");

            var editor = await StaffSignIn.CreateAsync(site.Site, SiteRoles.Editor);
            await StaffSignIn.SignInAsync(page, editor);
            await page.GotoAsync("/admin");
            await page.GetByRole(AriaRole.Link, new() { Name = "Design system" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Design system");
            foreach (var heading in new[] { "Text fields", "Grouped fields", "Error summary and field errors", "Status messages", "Buttons", "Cards", "Tabs", "Responsive tables", "Progress bar", "Done mark" })
            {
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync();
            }

            await Expect(page.Locator(".error-summary[role=alert] a[href='#design-email']")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Saved.");
            await Expect(page.Locator("table.table-stack td[data-label]").First).ToBeVisibleAsync();
        }
        finally
        {
            await reader.Context.CloseAsync();
            await page.Context.CloseAsync();
        }
    }

    private static async Task AssertTallEnoughAsync(ILocator target)
    {
        var box = await target.BoundingBoxAsync() ?? throw new InvalidOperationException("The target is not shown.");
        Assert.True(box.Height >= 44, $"A touch target is {box.Height} px tall; it should be at least 44 px.");
    }

    // No internet from the tests: the neutral site is answered in the browser, so the test sees where the link went.
    private static async Task NeutralSiteAnswersAsync(IPage page) =>
        await page.Context.RouteAsync("https://www.google.com/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html",
            Body = "<!DOCTYPE html><html lang=\"en\"><title>Weather</title><h1>Weather</h1></html>",
        }));
}
