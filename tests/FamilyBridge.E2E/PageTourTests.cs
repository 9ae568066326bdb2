using FamilyBridge.Accounts.Models;
using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using FamilyBridge.E2E.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyBridge.E2E;

/// <summary>
/// The pages families and editors see most, each at a desktop (1280×900) and a phone (390×844) size: a full-page
/// screenshot kept as an artefact (<see cref="PageArtefacts"/>), axe with zero violations at both sizes, and no
/// sideways scrolling at 320 px (checked with axe). The data behind the circle pages is made through the Circles
/// services, so these tests stay about how the pages look, not how they are filled in.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PageTourTests(SiteFixture site, BrowserFixture browser)
{
    private const string Password = "a long kind passphrase";
    private static readonly (int Width, int Height)[] Sizes = [(1280, 900), (390, 844)];

    [Fact]
    public async Task Home_lesson_search_and_browsing_safely_are_screenshotted_at_desktop_and_phone_size_with_no_axe_violations_or_sideways_scroll()
    {
        var page = await browser.NewPageAsync(site.BaseAddress);
        try
        {
            await VisitAsync(page, "/", "home", "You are not alone in this");
            await VisitAsync(page, "/practising-calm-conversations/choosing-a-good-moment", "lesson", "Choosing a good moment");
            await VisitAsync(page, "/search?q=calm", "search", "Search");
            await VisitAsync(page, "/browsing-safely", "browsing-safely", "Browsing safely");
            await VisitAsync(page, "/this/page/does/not/exist", "not-found", "We couldn't find that page");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Me_circle_for_owner_and_member_invitation_and_sharing_are_screenshotted_at_desktop_and_phone_size_with_no_axe_violations_or_sideways_scroll()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var owner = await CreateUserAsync($"tour-owner-{run}@example.org", "Sam");
        var member = await CreateUserAsync($"tour-ana-{run}@example.org", "Ana");
        var invitee = await CreateUserAsync($"tour-ben-{run}@example.org", "Ben");
        string circleId;
        string inviteeToken;
        await using (var scope = site.Site.Services.CreateAsyncScope())
        {
            var circles = scope.ServiceProvider.GetRequiredService<CircleService>();
            var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
            var updates = scope.ServiceProvider.GetRequiredService<UpdateService>();
            circleId = await circles.CreateAsync(owner.Id, $"Harbour {run}", "Sam", "America/Chicago", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-31)));
            var memberToken = await invitations.InviteAsync(circleId, owner.Id, member.Email!, "Ana", Relationship.Parent);
            await invitations.AcceptAsync(memberToken, member.Id, "Ana", Relationship.Parent, "America/Chicago");
            inviteeToken = await invitations.InviteAsync(circleId, owner.Id, invitee.Email!, "Ben", Relationship.Sibling);
            await updates.PostAsync(circleId, owner.Id, new UpdateInput { Kind = UpdateKind.CheckIn, Mood = 4, Note = "A steady week. Walked every morning." });
            var consents = scope.ServiceProvider.GetRequiredService<ConsentService>();
            await consents.GrantAsync(circleId, owner.Id, new ConsentGrantInput { RecipientName = "Gran", RecipientEmail = $"tour-gran-{run}@example.net", Confirmed = true });
        }

        var ownerPage = await SignedInPageAsync(owner.Email!);
        var memberPage = await SignedInPageAsync(member.Email!);
        var inviteePage = await SignedInPageAsync(invitee.Email!);
        try
        {
            await VisitAsync(ownerPage, "/me", "me", null);
            await VisitAsync(ownerPage, $"/circles/{circleId}", "circle-owner", $"Harbour {run}");
            await VisitAsync(ownerPage, $"/circles/{circleId}/sharing", "sharing", "Email sharing");
            await Expect(ownerPage.GetByRole(AriaRole.Region, new() { Name = "Who you share with" }).GetByRole(AriaRole.Link, new() { Name = "Gran" })).ToBeVisibleAsync();
            await VisitAsync(memberPage, $"/circles/{circleId}", "circle-member", $"Harbour {run}");
            await VisitAsync(inviteePage, $"/circles/invitations/{inviteeToken}", "invitation", null);
            await Expect(inviteePage.GetByRole(AriaRole.Main)).ToContainTextAsync("Sam");
        }
        finally
        {
            await ownerPage.Context.CloseAsync();
            await memberPage.Context.CloseAsync();
            await inviteePage.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Admin_content_list_and_design_system_are_screenshotted_at_desktop_and_phone_size_with_no_axe_violations_or_sideways_scroll()
    {
        var page = await browser.NewPageAsync(site.BaseAddress);
        try
        {
            var editor = await StaffSignIn.CreateAsync(site.Site, SiteRoles.Editor);
            await StaffSignIn.SignInAsync(page, editor);
            await VisitAsync(page, "/admin/content", "admin-content", "Content");
            await Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
            await VisitAsync(page, "/admin/design", "admin-design", "Design system");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Opens the page, checks its heading, then at each size saves a screenshot and runs axe (and reflow).</summary>
    private static async Task VisitAsync(IPage page, string path, string name, string? heading)
    {
        await page.GotoAsync(path);
        if (heading is not null)
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        }

        foreach (var (width, height) in Sizes)
        {
            await page.SetViewportSizeAsync(width, height);
            var file = await page.SaveScreenshotAsync(name);
            Assert.True(new FileInfo(file).Length > 0, $"The screenshot {file} is empty.");
            await page.AssertNoAxeViolationsAsync();
        }
    }

    private async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await browser.NewPageAsync(site.BaseAddress);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        return page;
    }

    private async Task<AccountUser> CreateUserAsync(string email, string name)
    {
        await using var scope = site.Site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        var user = new AccountUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedUtc = DateTime.UtcNow };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return user;
    }
}
