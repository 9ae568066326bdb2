using System.Net;
using FamilyBridge.Accounts.Pages;
using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Accounts;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Posts_beyond_the_configured_limit_are_refused_with_429_and_a_plain_explanation()
    {
        await using var site = await SiteFactory.StartAsync(SiteDatabase.Sqlite, new Dictionary<string, string?>
        {
            ["Accounts:Register:PermitLimit"] = "2",
            ["Accounts:PasswordReset:PermitLimit"] = "1",
        });
        using var reader = new Reader(site);

        for (var i = 0; i < 2; i++)
        {
            var allowed = await reader.SubmitAsync("/account/register", Registration());
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        }

        var typed = Registration();
        var refused = await reader.SubmitAsync("/account/register", typed);
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        var page = await HtmlPageOf(refused);
        Assert.Contains(PageModelExtensions.TooManyAttemptsMessage, page, StringComparison.Ordinal);
        Assert.Contains("Please wait up to about an hour and try again. What you typed is still here.", page, StringComparison.Ordinal);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 3600);

        // What was typed comes back, except the password.
        var form = await FamilyBridge.Tests.Web.HtmlPage.ParseAsync(refused);
        Assert.Equal("Pat", form.Document.QuerySelector("#Input_DisplayName")?.GetAttribute("value"));
        Assert.Equal(typed["Input.Email"], form.Document.QuerySelector("#Input_Email")?.GetAttribute("value"));
        Assert.True(string.IsNullOrEmpty(form.Document.QuerySelector("#Input_Password")?.GetAttribute("value")));

        Assert.Equal(HttpStatusCode.Redirect, (await reader.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "a@example.org" })).StatusCode);
        Assert.Equal((HttpStatusCode)429, (await reader.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "a@example.org" })).StatusCode);

        // Sign-in has its own allowance.
        Assert.Equal(HttpStatusCode.OK, (await reader.SignInAsync("nobody@example.org", "not a real password")).StatusCode);
    }

    [Fact]
    public async Task Thirty_sign_ups_from_one_address_in_an_hour_pass_with_the_shipped_limits_and_the_next_is_refused()
    {
        // No overrides: the limits are the ones in the site's own appsettings.json.
        await using var site = await SiteFactory.StartAsync(SiteDatabase.Sqlite);
        using var household = new Reader(site);

        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await household.SubmitAsync("/account/register", Registration())).StatusCode);
        }

        var refused = await household.SubmitAsync("/account/register", Registration());
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Contains("Please wait up to about an hour", await HtmlPageOf(refused), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Registration() => new()
    {
        ["Input.DisplayName"] = "Pat",
        ["Input.Email"] = AccountTestData.NewEmail(),
        ["Input.Password"] = AccountTestData.Password,
    };

    private static async Task<string> HtmlPageOf(HttpResponseMessage response) =>
        System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}
