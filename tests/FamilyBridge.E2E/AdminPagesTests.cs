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

    [Fact]
    public async Task The_templates_list_and_editor_pass_axe_empty_refusing_a_broken_template_and_listing_a_saved_one()
    {
        var admin = await StaffSignIn.CreateAsync(site.Site, SiteRoles.Administrator);
        var page = await browser.NewPageAsync(site.BaseAddress);
        try
        {
            await StaffSignIn.SignInAsync(page, admin);
            await page.GotoAsync("/admin/templates");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Templates");
            await page.AssertNoAxeViolationsAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "New template", Exact = true }).ClickAsync();
            await page.AssertNoAxeViolationsAsync();
            await page.GetByLabel("Name (for example Content-BlogPost or Content_Summary__BlogPost)").FillAsync("Widget-E2eCallout");
            await page.GetByLabel("Liquid template").FillAsync("<p>{% if %}</p>");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the template" }).ClickAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("The template was not saved.");
            await page.AssertNoAxeViolationsAsync();

            await page.GetByLabel("Liquid template").FillAsync("{% zone \"Header\" %}<p>{{ Model.ContentItem | display_text }}</p>{% endzone %}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the template" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved the template Widget__E2eCallout.");
            await page.AssertNoAxeViolationsAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Widget__E2eCallout", Exact = true }).ClickAsync();
            await Expect(page.GetByLabel("Liquid template")).ToHaveValueAsync("{% zone \"Header\" %}<p>{{ Model.ContentItem | display_text }}</p>{% endzone %}");
            await page.AssertNoAxeViolationsAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
