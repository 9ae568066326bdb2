using FamilyBridge.Accounts.Models;
using FamilyBridge.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyBridge.E2E;

/// <summary>
/// The admin pages no journey passes through: the start page, content types, adding a field, the mail queue and
/// users. An administrator reaches each from the start page's links, and axe finds nothing on any of them.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AdminPagesTests(SiteFixture site, BrowserFixture browser)
{
    [Fact]
    public async Task An_administrator_reaches_every_admin_page_from_the_start_page_and_each_passes_axe()
    {
        var admin = await StaffSignIn.CreateAsync(site.Site, SiteRoles.Administrator);
        var page = await browser.NewPageAsync(site.BaseAddress);
        try
        {
            await StaffSignIn.SignInAsync(page, admin);
            await page.GotoAsync("/admin");
            var menu = page.Locator(".admin-menu");
            foreach (var link in new[] { "Content", "Media", "Content types", "Mail queue", "Recipes", "Audit log", "Users and roles" })
            {
                await Expect(menu.GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToBeVisibleAsync();
            }

            await page.AssertNoAxeViolationsAsync();

            await menu.GetByRole(AriaRole.Link, new() { Name = "Content types", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Content types");
            await page.AssertNoAxeViolationsAsync();

            await page.GotoAsync("/admin/types/Lesson");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Lesson");
            await page.AssertNoAxeViolationsAsync();

            await page.GotoAsync("/admin/types/Lesson/add-field");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Add a field to Lesson");
            await page.AssertNoAxeViolationsAsync();

            await page.GotoAsync("/admin/mail");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mail queue");
            await page.AssertNoAxeViolationsAsync();

            await page.GotoAsync("/admin/users");
            await page.AssertNoAxeViolationsAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
