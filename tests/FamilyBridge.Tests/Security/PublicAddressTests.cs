using System.Net;
using FamilyBridge.Core.Site;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FamilyBridge.Tests.Security;

/// <summary>
/// Issue 16, finding 2: every emailed link is built from <c>Site:BaseUrl</c>; a hostile Host is refused and a
/// forwarded host is never believed. The site under test is reached as localhost and configured as
/// <see cref="SiteFactory.PublicAddress"/>, so a link built from the request would show.
/// </summary>
public sealed class PublicAddressTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    [Fact]
    public async Task Forgot_password_with_a_hostile_Host_is_refused_and_sends_nothing()
    {
        using var owner = new Reader(fixture.Site);
        var email = await owner.RegisterAndSignInAsync();
        using var attacker = new Reader(fixture.Site);
        var response = await PostForgotPasswordAsync(attacker, email, request => request.Headers.Host = "attacker.example");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Invalid Hostname", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(owner.MailsTo(email), m => m.Subject == "Set a new password");
    }

    [Fact]
    public async Task Forgot_password_with_a_forwarded_host_emails_a_link_to_the_configured_address()
    {
        using var owner = new Reader(fixture.Site);
        var email = await owner.RegisterAndSignInAsync();
        using var attacker = new Reader(fixture.Site);
        var response = await PostForgotPasswordAsync(attacker, email, request =>
        {
            request.Headers.Add("X-Forwarded-Host", "attacker.example");
            request.Headers.Add("X-Forwarded-Proto", "http");
            request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var mail = await owner.WaitForMailAsync(email, "Set a new password");
        AssertOnlyConfiguredLinks(mail, "/account/reset-password");
    }

    [Fact]
    public async Task Confirmation_and_invitation_emails_link_to_the_configured_address_not_the_request_host()
    {
        using var reader = new Reader(fixture.Site);
        var email = await reader.RegisterAndSignInAsync();
        AssertOnlyConfiguredLinks(await reader.WaitForMailAsync(email, "Confirm your email address"), "/account/confirm-email");

        var created = await reader.SubmitAsync("/circles", new Dictionary<string, string>
        {
            ["Input.Name"] = "Links circle",
            ["Input.DisplayName"] = "Robin",
            ["Input.TimeZoneId"] = "UTC",
        });
        var circle = created.Headers.Location!.OriginalString;
        var invited = AccountTestData.NewEmail();
        await reader.SubmitAsync($"{circle}/invitations", new Dictionary<string, string> { ["email"] = invited, ["name"] = "Ana" }, "form[action*='handler=Invite']");
        AssertOnlyConfiguredLinks(await reader.WaitForMailAsync(invited, "Robin invited you to a private family circle on FamilyBridge"), "/circles/invitations/");
    }

    [Fact]
    public void Outside_Development_a_missing_base_url_fails_with_a_clear_message()
    {
        using var folder = new TempFolder("familybridge-site-options");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AppData:Path"] = folder.Path }).Build();
        using var services = ModuleServices.Create(folder.Path, configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SiteOptions>>().Value);
        Assert.Contains("Site:BaseUrl is not set", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The forgot-password form, posted with a real antiforgery token and whatever headers an attacker adds.</summary>
    private static async Task<HttpResponseMessage> PostForgotPasswordAsync(Reader attacker, string email, Action<HttpRequestMessage> spoof)
    {
        var page = await attacker.GetAsync("/account/forgot-password");
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/forgot-password", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Input.Email"] = email }),
        };
        spoof(request);
        return await attacker.Client.SendAsync(request);
    }

    private static void AssertOnlyConfiguredLinks(MimeMessage mail, string path)
    {
        var text = mail.TextBody ?? "";
        Assert.Contains(new Uri(SiteFactory.PublicAddress, path.TrimStart('/')).AbsoluteUri, text, StringComparison.Ordinal);
        foreach (var body in new[] { text, mail.HtmlBody ?? "" })
        {
            Assert.DoesNotContain("attacker.example", body, StringComparison.Ordinal);
            Assert.DoesNotContain("localhost", body, StringComparison.Ordinal);
        }
    }
}
