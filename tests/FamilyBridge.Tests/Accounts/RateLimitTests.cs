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

        var refused = await reader.SubmitAsync("/account/register", Registration());
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        var page = await HtmlPageOf(refused);
        Assert.Contains(PageModelExtensions.TooManyAttemptsMessage, page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await reader.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "a@example.org" })).StatusCode);
        Assert.Equal((HttpStatusCode)429, (await reader.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "a@example.org" })).StatusCode);

        // Sign-in has its own allowance.
        Assert.Equal(HttpStatusCode.OK, (await reader.SignInAsync("nobody@example.org", "not a real password")).StatusCode);
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
