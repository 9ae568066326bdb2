using System.Net;
using FamilyBridge.Accounts.Pages.Account;
using FamilyBridge.Tests.Accounts;

namespace FamilyBridge.Tests.Security;

/// <summary>Issue 16, finding 6: the reset link identifies the request by its code alone, never by the email address.</summary>
public sealed class ResetLinkTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    [Fact]
    public async Task The_emailed_reset_link_holds_no_email_address_and_its_page_sends_no_referrer()
    {
        using var reader = new Reader(fixture.Site);
        var email = await reader.RegisterAndSignInAsync();
        using var later = new Reader(fixture.Site);

        await later.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        var link = Reader.LinkIn(await later.WaitForMailAsync(email, "Set a new password"), "/account/reset-password");

        Assert.DoesNotContain(Uri.EscapeDataString(email), link, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(email, Uri.UnescapeDataString(link), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("/account/reset-password?code=", link, StringComparison.Ordinal);
        var page = await later.GetAsync(link);
        Assert.Null(page.Document.QuerySelector("input[name='Input.Email']"));
        Assert.Equal("no-referrer", string.Join(',', page.Response.Headers.GetValues("Referrer-Policy")));

        var reset = await later.FollowAsync(await later.SubmitAsync(page, link, new Dictionary<string, string> { ["Input.Password"] = "a brand new passphrase" }, "main form[method=post]"));
        Assert.Contains("Your password has been changed", reset.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await later.SignInAsync(email, "a brand new passphrase")).StatusCode);
    }

    [Fact]
    public async Task A_made_up_code_is_refused_as_an_expired_link()
    {
        using var reader = new Reader(fixture.Site);

        var page = await reader.FollowAsync(await reader.SubmitAsync("/account/reset-password?code=not-a-real-code", new Dictionary<string, string> { ["Input.Password"] = "a brand new passphrase" }));

        Assert.Contains(ResetPasswordModel.InvalidLinkMessage, page.Text, StringComparison.Ordinal);
    }
}
