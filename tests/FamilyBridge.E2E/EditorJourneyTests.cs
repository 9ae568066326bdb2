using FamilyBridge.Accounts.Models;
using FamilyBridge.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyBridge.E2E;

[Collection(SiteCollection.Name)]
public sealed class EditorJourneyTests(SiteFixture site, BrowserFixture browser)
{
    [Fact]
    public async Task Editor_drafts_previews_and_publishes_a_lesson_and_readers_keep_the_old_text_until_the_next_publish()
    {
        var editor = await StaffSignIn.CreateAsync(site.Site, SiteRoles.Editor, "Jordan");
        var page = await browser.NewPageAsync(site.BaseAddress);
        var reader = await browser.NewPageAsync(site.BaseAddress);
        var auditor = await browser.NewPageAsync(site.BaseAddress);
        try
        {
            await StaffSignIn.SignInAsync(page, editor);
            await page.GotoAsync("/admin/content");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Content");
            await page.AssertNoAxeViolationsAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "New lesson" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("New lesson");
            await page.AssertNoAxeViolationsAsync();
            await page.GetByLabel("Title (required)").FillAsync("Taking a break together");
            await page.GetByLabel("Module (required)").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.GetByLabel("Summary (required)").FillAsync("Small ways to rest as a family.");
            await page.GetByLabel("Estimated minutes (required)").FillAsync("three");
            await page.GetByLabel("Lesson body").FillAsync("Rest is part of caring. Take **ten** quiet minutes today.");
            await Expect(page.Locator(".editor-live-preview strong")).ToHaveTextAsync("ten");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

            // The mistake is named and linked; everything typed is still there.
            await Expect(page.Locator(".error-summary")).ToContainTextAsync("“Estimated minutes” must be a number");
            await Expect(page.GetByLabel("Lesson body")).ToHaveValueAsync("Rest is part of caring. Take **ten** quiet minutes today.");
            await page.AssertNoAxeViolationsAsync();
            await page.GetByLabel("Estimated minutes (required)").FillAsync("3");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
            await Expect(page.Locator("p[role=status]")).ToContainTextAsync("is saved as a draft");
            await page.AssertNoAxeViolationsAsync();

            var path = await page.Locator("#Path").InputValueAsync();
            Assert.EndsWith("/taking-a-break-together", path, StringComparison.Ordinal);
            var response = await reader.GotoAsync("/" + path);
            Assert.Equal(404, response!.Status);

            await page.GetByRole(AriaRole.Link, new() { Name = "Preview as a reader" }).ClickAsync();
            await Expect(page.Locator(".preview-banner")).ToContainTextAsync("Preview — not published");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Taking a break together");
            await page.AssertNoAxeViolationsAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Back to editing" }).ClickAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Publish the saved draft" }).ClickAsync();
            await Expect(page.Locator("p[role=status]")).ToContainTextAsync("is published");
            await reader.GotoAsync("/" + path);
            await Expect(reader.GetByText("Rest is part of caring.")).ToBeVisibleAsync();

            await page.GetByLabel("Lesson body").FillAsync("Rest is part of caring. Take twenty quiet minutes today.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
            await Expect(page.Locator("p[role=status]")).ToContainTextAsync("Readers do not see these changes until you publish");
            await reader.ReloadAsync();
            await Expect(reader.GetByText("quiet minutes today.")).ToContainTextAsync("ten");

            await page.GetByRole(AriaRole.Link, new() { Name = "History and changes" }).ClickAsync();
            await Expect(page.Locator(".editor-diff ins")).ToContainTextAsync("twenty");
            await page.AssertNoAxeViolationsAsync();
            await page.GoBackAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Publish the saved draft" }).ClickAsync();
            await reader.ReloadAsync();
            await Expect(reader.GetByText("Take twenty quiet minutes today.")).ToBeVisibleAsync();

            // An administrator reads who did what in the audit log.
            var admin = await StaffSignIn.CreateAsync(site.Site, SiteRoles.Administrator);
            await StaffSignIn.SignInAsync(auditor, admin);
            await auditor.GotoAsync("/admin/audit");
            await Expect(auditor.Locator("tbody tr").First).ToContainTextAsync("Jordan published Taking a break together");
            await auditor.AssertNoAxeViolationsAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
            await reader.Context.CloseAsync();
            await auditor.Context.CloseAsync();
        }
    }
}
