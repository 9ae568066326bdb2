using System.Net;
using FamilyBridge.Tests.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using OtpNet;

namespace FamilyBridge.Tests.Security;

/// <summary>
/// Issue 16, finding 5: what should end a session ends it at once, also for a copy of the cookie taken before, and
/// a two-step code works once.
/// </summary>
public sealed class SessionTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    [Fact]
    public async Task A_copied_session_cookie_stops_working_when_its_owner_signs_out()
    {
        using var reader = new Reader(fixture.Site);
        var (_, copied) = await SignInAndCopyCookieAsync(reader);
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(copied));

        Assert.Equal(HttpStatusCode.Redirect, (await reader.SubmitAsync("/account/logout", new Dictionary<string, string>())).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(copied));
    }

    [Fact]
    public async Task A_session_opened_before_a_password_reset_ends_the_moment_the_password_changes()
    {
        using var reader = new Reader(fixture.Site);
        var (email, copied) = await SignInAndCopyCookieAsync(reader);

        using var later = new Reader(fixture.Site);
        await later.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        var mail = await later.WaitForMailAsync(email, "Set a new password");
        var reset = await later.SubmitAsync(Reader.LinkIn(mail, "/account/reset-password"), new Dictionary<string, string> { ["Input.Password"] = "a brand new passphrase" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(copied));
        Assert.Equal(HttpStatusCode.Redirect, (await reader.Client.GetAsync(new Uri("/account/manage", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_the_sessions_on_other_devices()
    {
        using var laptop = new Reader(fixture.Site);
        var email = await laptop.RegisterAndSignInAsync();
        using var phone = new Reader(fixture.Site);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.SignInAsync(email, AccountTestData.Password)).StatusCode);

        var done = await laptop.SubmitAsync("/account/manage", new Dictionary<string, string>(), "form[action*=SignOutEverywhere]");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await phone.Client.GetAsync(new Uri("/account/manage", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.Client.GetAsync(new Uri("/account/manage", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_two_step_code_signs_in_once_and_is_refused_the_second_time()
    {
        using var reader = new Reader(fixture.Site);
        var email = await reader.RegisterAndSignInAsync();
        var enrol = await reader.GetAsync("/account/manage/two-factor");
        var key = enrol.Document.QuerySelector("figure.qr-code code")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));

        // Two different 30-second steps, both inside the window the site accepts: one to enrol, one to sign in.
        var now = DateTime.UtcNow;
        var enrolCode = totp.ComputeTotp(now.AddSeconds(-30));
        var signInCode = totp.ComputeTotp(now);
        await reader.SubmitAsync(enrol, "/account/manage/two-factor", new Dictionary<string, string> { ["Code"] = enrolCode }, "form[action*=Enable]");

        using var first = new Reader(fixture.Site);
        var step = await first.SignInAsync(email, AccountTestData.Password);
        var accepted = await first.SubmitAsync(step.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = signInCode }, "main form[method=post]:not([action*=Recovery])");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        using var replay = new Reader(fixture.Site);
        var again = await replay.SignInAsync(email, AccountTestData.Password);
        var refused = await replay.FollowAsync(await replay.SubmitAsync(again.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = signInCode }, "main form[method=post]:not([action*=Recovery])"));
        Assert.Contains("That code did not work", refused.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await replay.Client.GetAsync(new Uri("/account/manage", UriKind.Relative))).StatusCode);
    }

    /// <summary>Signs a new account in and returns the sign-in cookie as someone copying it from the browser would.</summary>
    private static async Task<(string Email, string Cookie)> SignInAndCopyCookieAsync(Reader reader)
    {
        var email = await reader.RegisterAndSignInAsync();
        var signedIn = await reader.SignInAsync(email, AccountTestData.Password);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("FamilyBridge.Account=", StringComparison.Ordinal));
        return (email, cookie.Split(';')[0]);
    }

    private async Task<HttpStatusCode> ReplayAsync(string cookie)
    {
        using var thief = fixture.Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/account/manage", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return (await thief.SendAsync(request)).StatusCode;
    }
}
