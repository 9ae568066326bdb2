using FamilyBridge.Accounts.Models;
using FamilyBridge.E2E.Infrastructure;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyBridge.E2E;

/// <summary>
/// Script payloads imported through /admin/recipes never run for readers or staff (no dialog opens and no payload
/// sets <c>window.__xss</c>), and the media library's upload checks as a person meets them. Its own site, so the
/// payload content never shows up in the other journeys.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class MediaAndXssTests(MediaAndXssTests.PayloadSite site, BrowserFixture browser) : IClassFixture<MediaAndXssTests.PayloadSite>
{
    private const string RecipePath = "tests/FamilyBridge.Tests/Security/Fixtures/xss-payloads.recipe.json";
    private const string LessonId = "7yss0e550n0000000000000001";

    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Payloads_imported_by_an_administrator_never_run_for_readers_or_in_the_admin()
    {
        var admin = await StaffSignIn.CreateAsync(site.Site, SiteRoles.Administrator);
        var staffPage = await browser.NewPageAsync(site.Site.BaseAddress);
        var readerPage = await browser.NewPageAsync(site.Site.BaseAddress);
        var dialogs = new List<string>();
        foreach (var page in new[] { staffPage, readerPage })
        {
            page.Dialog += async (_, dialog) =>
            {
                dialogs.Add($"{dialog.Type}: {dialog.Message} on {page.Url}");
                await dialog.DismissAsync();
            };
        }

        try
        {
            await StaffSignIn.SignInAsync(staffPage, admin);
            await staffPage.GotoAsync("/admin/recipes");
            await staffPage.GetByLabel("Recipe file (.json)").SetInputFilesAsync(RepositoryFiles.Get(RecipePath));
            await staffPage.GetByRole(AriaRole.Button, new() { Name = "Import the recipe" }).ClickAsync();
            await Expect(staffPage.GetByRole(AriaRole.Heading, new() { Name = "Imported the recipe “familybridge.tests.xss-payloads”" })).ToBeVisibleAsync();
            await staffPage.AssertNoAxeViolationsAsync();

            // The lesson carries the Markdown and most field payloads, the module page the lesson's summary, and the
            // directory every resource field; the resource's own page and the home page are checked in process.
            foreach (var path in new[] { "/xss-payload-module/payload-lesson", "/xss-payload-module", "/resources" })
            {
                await readerPage.GotoAsync(path);
                await AssertNothingRanAsync(readerPage, dialogs);
                await readerPage.AssertNoAxeViolationsAsync();
            }

            // The lesson's text shows the payloads as the words the editor typed.
            await readerPage.GotoAsync("/xss-payload-module/payload-lesson");
            await Expect(readerPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("<img src=x onerror=");

            // Answering the knowledge check shows the explanation, another plain field with a payload.
            await readerPage.GetByRole(AriaRole.Radio).First.CheckAsync();
            await readerPage.GetByRole(AriaRole.Button, new() { Name = "Check my answers" }).ClickAsync();
            await Expect(readerPage.GetByText("Explanation <script>", new() { Exact = false })).ToBeVisibleAsync();
            await AssertNothingRanAsync(readerPage, dialogs);

            await staffPage.GotoAsync("/admin/content?q=Payload");
            await AssertNothingRanAsync(staffPage, dialogs);
            await staffPage.AssertNoAxeViolationsAsync();

            // The editor's preview renders the payload Markdown through the same pipeline as the site.
            await staffPage.GotoAsync($"/admin/content/{LessonId}/edit");
            await AssertNothingRanAsync(staffPage, dialogs);
            await staffPage.GetByRole(AriaRole.Button, new() { Name = "Show preview" }).First.ClickAsync();
            await Expect(staffPage.Locator(".editor-preview").First).ToContainTextAsync("Markdown payloads for the security tests.");
            await AssertNothingRanAsync(staffPage, dialogs);
            await staffPage.AssertNoAxeViolationsAsync();
        }
        finally
        {
            await staffPage.Context.CloseAsync();
            await readerPage.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_author_uploads_an_image_with_alt_text_and_a_text_file_named_png_is_refused()
    {
        var author = await StaffSignIn.CreateAsync(site.Site, SiteRoles.Author, "Avery Author");
        var page = await browser.NewPageAsync(site.Site.BaseAddress);
        try
        {
            await StaffSignIn.SignInAsync(page, author);
            await page.GotoAsync("/admin/media");
            await page.AssertNoAxeViolationsAsync();

            await page.GetByLabel("Image file").SetInputFilesAsync(new FilePayload { Name = "notes.png", MimeType = "image/png", Buffer = "Meeting notes, not a picture."u8.ToArray() });
            await page.GetByLabel("Alt text", new() { Exact = false }).FillAsync("A calendar with one day circled");
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
            await Expect(page.Locator(".error-summary")).ToContainTextAsync("This file is not a PNG, JPEG, WebP or GIF image.");
            await Expect(page.GetByLabel("Alt text", new() { Exact = false })).ToHaveValueAsync("A calendar with one day circled");
            await page.AssertNoAxeViolationsAsync();

            await page.GetByLabel("Image file").SetInputFilesAsync(new FilePayload { Name = "calendar.png", MimeType = "image/png", Buffer = Png });
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Uploaded. Copy its Markdown from the list to show it in a lesson.");
            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "A calendar with one day circled" });
            await Expect(row).ToContainTextAsync("By Avery Author");
            var loaded = await row.Locator("img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 1");
            Assert.True(loaded, "The uploaded image did not load from /media.");
            await Expect(row.GetByRole(AriaRole.Textbox)).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^!\[A calendar with one day circled\]\(/media/[0-9a-f]{32}\.png\)$"));
            await page.AssertNoAxeViolationsAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task AssertNothingRanAsync(IPage page, List<string> dialogs)
    {
        var flag = await page.EvaluateAsync<string?>("() => window.__xss === undefined ? null : String(window.__xss)");
        Assert.Null(flag);
        Assert.Empty(dialogs);
    }

    /// <summary>A site of its own for this class: the payload recipe must not reach the shared journeys' pages.</summary>
    public sealed class PayloadSite : IAsyncLifetime
    {
        public KestrelSiteFactory Site { get; } = new();

        public Task InitializeAsync()
        {
            Site.StartServer();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await Site.DisposeAsync();
    }
}
