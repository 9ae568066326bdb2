using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Discovery;

/// <summary>The public-site basics over HTTP on the real site: page metadata, the feed, and the report form.</summary>
public sealed class DiscoveryTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    private const string LessonPath = "/understanding-substance-use/what-a-substance-use-disorder-is";
    private const string LessonSummary = "A substance use disorder is a health condition that changes the brain, not a sign of weak will or bad character.";

    [Fact]
    public async Task A_lesson_describes_itself_from_its_summary_with_a_canonical_link_and_medical_json_ld()
    {
        using var reader = new Reader(fixture.Site);
        var page = await reader.GetAsync(LessonPath);

        Assert.Equal(LessonSummary, page.Document.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal(new Uri(SiteFactory.PublicAddress, LessonPath.TrimStart('/')).AbsoluteUri, page.Document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("article", page.Document.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
        using var jsonLd = JsonDocument.Parse(page.Document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = jsonLd.RootElement;
        Assert.Equal("MedicalWebPage", root.GetProperty("@type").GetString());
        Assert.Equal(LessonSummary, root.GetProperty("description").GetString());
        Assert.Equal("FamilyBridge", root.GetProperty("publisher").GetProperty("name").GetString());
        Assert.True(DateTime.TryParse(root.GetProperty("dateModified").GetString(), out _));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("lastReviewed").GetString());
    }

    [Fact]
    public async Task The_atom_feed_lists_published_lessons_with_their_summaries_and_no_other_types()
    {
        using var client = fixture.Site.CreateReader();
        var response = await client.GetAsync(new Uri("/feed.atom", UriKind.Relative));
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        var lesson = Assert.Single(entries, e => e.Element(atom + "link")?.Attribute("href")?.Value == new Uri(SiteFactory.PublicAddress, LessonPath.TrimStart('/')).AbsoluteUri);
        Assert.Equal(LessonSummary, lesson.Element(atom + "summary")?.Value);
        Assert.NotNull(lesson.Element(atom + "updated"));
        // Modules are pages too, but not lessons: the feed is for new and updated lessons only.
        Assert.DoesNotContain(entries, e => e.Element(atom + "link")?.Attribute("href")?.Value == new Uri(SiteFactory.PublicAddress, "understanding-substance-use").AbsoluteUri);
    }

    [Fact]
    public async Task The_trust_pages_are_published_and_linked_from_every_page_footer()
    {
        using var reader = new Reader(fixture.Site);
        var home = await reader.GetAsync("/");
        var footerLinks = home.Document.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")).ToList();
        foreach (var (path, heading) in new[] { ("/about", "About FamilyBridge"), ("/editorial-policy", "Editorial policy"), ("/privacy", "Privacy notice"), ("/accessibility", "Accessibility statement") })
        {
            Assert.Contains(path, footerLinks);
            var page = await reader.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
            Assert.Equal(heading, page.Document.QuerySelector("h1")?.TextContent.Trim());
        }

        // The privacy notice names every cookie the site sets, and no other.
        var privacy = (await reader.GetAsync("/privacy")).Text;
        foreach (var cookie in new[] { "FamilyBridge.Account", "fb-antiforgery", "Identity.TwoFactorUserId", "Identity.TwoFactorRememberMe", ".AspNetCore.Mvc.CookieTempDataProvider" })
        {
            Assert.Contains(cookie, privacy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_report_with_a_mistake_keeps_what_was_typed_and_a_good_one_reaches_every_editor_by_email()
    {
        var editor = await StaffAccounts.CreateAsync(fixture.Site.Services, SiteRoles.Editor);
        using var reader = new Reader(fixture.Site);
        var refused = await reader.FollowAsync(await reader.SubmitAsync("/report-a-problem?page=/about", new Dictionary<string, string>
        {
            ["Input.Problem"] = "",
            ["Input.Email"] = "not-an-address",
        }));
        Assert.Equal(HttpStatusCode.OK, refused.Response.StatusCode);
        Assert.Contains("Tell us what is wrong, so an editor can check it.", refused.Texts(".error-summary li"));
        Assert.Equal("not-an-address", refused.Document.QuerySelector("#Input_Email")?.GetAttribute("value"));
        Assert.Equal("/about", refused.Document.QuerySelector("#Input_Page")?.GetAttribute("value"));

        var sent = await reader.FollowAsync(await reader.SubmitAsync("/report-a-problem?page=/about", new Dictionary<string, string>
        {
            ["Input.Problem"] = "The helpline number in the second paragraph looks out of date (marker-report-71c).",
            ["Input.Email"] = "reader-report@example.net",
        }));
        Assert.Contains("Your report has gone to our editors", sent.Text, StringComparison.Ordinal);
        var mail = await reader.WaitForMailAsync(editor.Email, "A reader reported a problem on a page");
        Assert.Contains("marker-report-71c", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Page: /about", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Reply to: reader-report@example.net", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Back_up_now_on_the_admin_page_writes_an_archive_and_shows_the_result_to_administrators_only()
    {
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Editor);
        using (editor)
        {
            var denied = await editor.Client.GetAsync(new Uri("/admin/backups", UriKind.Relative));
            Assert.Contains("/account/access-denied", denied.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        var (_, admin) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Administrator);
        using (admin)
        {
            Assert.Contains("/admin/backups", (await admin.GetAsync("/admin")).Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
            var page = await admin.GetAsync("/admin/backups");
            var requested = await admin.SubmitAsync(page, "/admin/backups", new Dictionary<string, string>(), "form[action='/admin/backups/run']");
            Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);

            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            Web.HtmlPage shown;
            do
            {
                shown = await admin.GetAsync("/admin/backups");
                if (shown.Texts(".backup-result").Any())
                {
                    break;
                }

                await Task.Delay(100);
            }
            while (DateTime.UtcNow < deadline);

            Assert.StartsWith("Worked on", shown.Texts(".backup-result").Single(), StringComparison.Ordinal);
            var archive = Assert.Single(Directory.GetFiles(Path.Combine(fixture.Site.AppDataPath, "backups"), "familybridge-*.zip"));
            Assert.Contains(Path.GetFileName(archive), shown.Text, StringComparison.Ordinal);
        }
    }
}
