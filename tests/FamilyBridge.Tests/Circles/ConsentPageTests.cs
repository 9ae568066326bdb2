using System.Net;
using FamilyBridge.Circles.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Tests.Circles;

/// <summary>The sharing pages and the emailed links over HTTP on the real site.</summary>
public sealed class ConsentPageTests(ConsentSiteFixture fixture) : IClassFixture<ConsentSiteFixture>
{
    private string Sharing => $"/circles/{fixture.CircleId}/sharing";

    [Fact]
    public async Task Only_the_owner_reaches_the_sharing_pages()
    {
        var (grantId, _) = await fixture.GrantAsync("Pat", "pat-pages@example.net");
        foreach (var path in new[] { Sharing, $"{Sharing}/{grantId}" })
        {
            var owners = await fixture.Owner.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, owners.Response.StatusCode);
            Assert.Contains("Pat", owners.Text, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await fixture.Member.Client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await fixture.Stranger.Client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
            var anonymous = await fixture.Anonymous.Client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/account/login", anonymous.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }

        // A made-up grant id in the owner's own circle is not found either.
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Owner.Client.GetAsync(new Uri($"{Sharing}/00000000000000000000000000", UriKind.Relative))).StatusCode);
        Assert.Contains("Email sharing", (await fixture.Owner.GetAsync($"/circles/{fixture.CircleId}/settings")).Texts("main a"));
        Assert.DoesNotContain("Email sharing", (await fixture.Member.GetAsync($"/circles/{fixture.CircleId}/settings")).Texts("main a"));
    }

    [Fact]
    public async Task A_form_mistake_keeps_what_was_typed_and_points_at_the_field()
    {
        var response = await fixture.Owner.SubmitAsync(Sharing, new Dictionary<string, string>
        {
            ["Input.RecipientUserId"] = "",
            ["Input.RecipientName"] = "Ana Typed",
            ["Input.RecipientEmail"] = "ana-at-example",
            ["Input.Purpose"] = "My own typed reason",
            ["Input.Frequency"] = "Weekly",
            ["Input.Scope"] = "AllUpdates",
            ["Input.ExpiryMonths"] = "9",
        }, "form[action*='handler=Review']");
        var page = await fixture.Owner.FollowAsync(response);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var error = Assert.Single(page.Document.QuerySelectorAll(".error-summary a"));
        Assert.Equal("#Input_RecipientEmail", error.GetAttribute("href"));
        Assert.Equal("Enter an email address like name@example.com.", error.TextContent.Trim());
        Assert.Equal("Ana Typed", page.Document.QuerySelector("#Input_RecipientName")?.GetAttribute("value"));
        Assert.Equal("ana-at-example", page.Document.QuerySelector("#Input_RecipientEmail")?.GetAttribute("value"));
        Assert.Equal("true", page.Document.QuerySelector("#Input_RecipientEmail")?.GetAttribute("aria-invalid"));
        Assert.Equal("My own typed reason", page.Document.QuerySelector("#Input_Purpose")?.TextContent.Trim());
        Assert.NotNull(page.Document.QuerySelector("#frequency-Weekly[checked]"));
        Assert.NotNull(page.Document.QuerySelector("#scope-AllUpdates[checked]"));
        Assert.NotNull(page.Document.QuerySelector("#Input_ExpiryMonths option[value='9'][selected]"));
    }

    [Fact]
    public async Task The_owner_reads_the_statement_and_must_tick_before_anything_is_sent()
    {
        var review = await fixture.Owner.FollowAsync(await fixture.Owner.SubmitAsync(Sharing, new Dictionary<string, string>
        {
            ["Input.RecipientUserId"] = "",
            ["Input.RecipientName"] = "Gus",
            ["Input.RecipientEmail"] = "gus-statement@example.net",
            ["Input.Frequency"] = "Daily",
        }, "form[action*='handler=Review']"));
        var statement = review.Texts(".consent-statement").Single();
        Assert.StartsWith("I, Sam Rivera, agree that FamilyBridge may email Gus (gus-statement@example.net) about the milestones that I share with everyone in my circle: one email a day at most", statement, StringComparison.Ordinal);
        Assert.Contains("until", statement, StringComparison.Ordinal);
        Assert.Contains("I can stop it at any time", statement, StringComparison.Ordinal);

        // Without the tick: the same statement again with a message, and nothing created.
        var untick = await fixture.Owner.FollowAsync(await fixture.Owner.SubmitAsync(review, Sharing, new Dictionary<string, string>(), "form:has(#Input_Confirmed)"));
        Assert.Contains("Tick the box to say you have read this and agree.", untick.Texts(".error-summary li"));
        Assert.Single(untick.Texts(".consent-statement"));
        Assert.False(await fixture.DbAsync(db => db.ConsentGrants.AnyAsync(g => g.RecipientEmail == "gus-statement@example.net")));

        var granted = await fixture.Owner.SubmitAsync(untick, Sharing, new Dictionary<string, string> { ["Input.Confirmed"] = "true" }, "form:has(#Input_Confirmed)");
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var grant = await fixture.DbAsync(db => db.ConsentGrants.SingleAsync(g => g.RecipientEmail == "gus-statement@example.net"));
        Assert.Equal((ConsentStatus.Pending, ConsentFrequency.Daily, "Gus"), (grant.Status, grant.Frequency, grant.RecipientName));
        await fixture.Owner.WaitForMailAsync("gus-statement@example.net", "Sam would like to send you updates");
    }

    [Fact]
    public async Task The_confirm_link_explains_on_get_and_confirms_only_on_post()
    {
        var (grantId, confirmPath) = await fixture.GrantAsync("Cleo", "cleo-confirm@example.net");
        var page = await fixture.Anonymous.GetAsync(confirmPath);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("Sam would like to send you updates by email", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Otter-7731", page.Text, StringComparison.Ordinal);
        Assert.True(page.Response.Headers.CacheControl?.NoStore);
        Assert.Equal(ConsentStatus.Pending, await fixture.DbAsync(db => db.ConsentGrants.Where(g => g.Id == grantId).Select(g => g.Status).SingleAsync()));

        var confirmed = await fixture.Anonymous.FollowAsync(await fixture.Anonymous.SubmitAsync(page, confirmPath, new Dictionary<string, string>(), "main form[method=post]"));
        Assert.Contains("Thank you.", confirmed.Text, StringComparison.Ordinal);
        Assert.Equal(ConsentStatus.Active, await fixture.DbAsync(db => db.ConsentGrants.Where(g => g.Id == grantId).Select(g => g.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Anonymous.Client.GetAsync(new Uri("/email/confirm/made-up-token", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Unsubscribe_works_from_the_page_and_by_an_rfc_8058_one_click_post()
    {
        var (pageGrant, pageConfirm) = await fixture.GrantAsync("Uma", "uma-unsub@example.net");
        var (clickGrant, _) = await fixture.GrantAsync("Vic", "vic-unsub@example.net");
        var confirmPage = await fixture.Anonymous.GetAsync(pageConfirm);
        await fixture.Anonymous.SubmitAsync(confirmPage, pageConfirm, new Dictionary<string, string>(), "main form[method=post]");
        var umaMail = (await fixture.Owner.WaitForMailAsync("uma-unsub@example.net", "Sam would like to send you updates")).Headers["List-Unsubscribe"]!;
        var umaPath = new Uri(umaMail.Trim('<', '>')).AbsolutePath;

        var page = await fixture.Anonymous.GetAsync(umaPath);
        Assert.Contains("Stop the emails from Sam?", page.Text, StringComparison.Ordinal);
        var stopped = await fixture.Anonymous.FollowAsync(await fixture.Anonymous.SubmitAsync(page, umaPath, new Dictionary<string, string>(), "main form[method=post]"));
        Assert.Contains("You will not get any more emails from Sam", stopped.Text, StringComparison.Ordinal);

        // A mail provider's one-click POST: no cookies, no antiforgery token, just the RFC 8058 body.
        var vicMail = (await fixture.Owner.WaitForMailAsync("vic-unsub@example.net", "Sam would like to send you updates")).Headers["List-Unsubscribe"]!;
        using var provider = fixture.Site.CreateClient();
        using var body = new StringContent("List-Unsubscribe=One-Click", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");
        var oneClick = await provider.PostAsync(new Uri(new Uri(vicMail.Trim('<', '>')).AbsolutePath, UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);

        var states = await fixture.DbAsync(db => db.ConsentGrants.Where(g => g.Id == pageGrant || g.Id == clickGrant).Select(g => g.Status).ToListAsync());
        Assert.Equal([ConsentStatus.Unsubscribed, ConsentStatus.Unsubscribed], states);
        Assert.Equal(HttpStatusCode.NotFound, (await provider.PostAsync(new Uri("/email/unsubscribe/tampered", UriKind.Relative), new StringContent(""))).StatusCode);

        var history = await fixture.Owner.GetAsync($"{Sharing}/{clickGrant}");
        Assert.Contains("Stopped by the person (unsubscribed)", history.Texts("td"));
    }
}
