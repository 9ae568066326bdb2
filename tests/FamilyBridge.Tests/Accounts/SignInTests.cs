using System.Net;
using FamilyBridge.Accounts.Pages.Account;
using OtpNet;

namespace FamilyBridge.Tests.Accounts;

public sealed class SignInTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var setUp = new Reader(fixture.Site);
        var email = await setUp.RegisterAndSignInAsync();
        using var attacker = new Reader(fixture.Site);

        for (var i = 0; i < 5; i++)
        {
            var wrong = await attacker.FollowAsync(await attacker.SignInAsync(email, "not the password at all"));
            Assert.Equal(HttpStatusCode.OK, wrong.Response.StatusCode);
        }

        var right = await attacker.SignInAsync(email, AccountTestData.Password);
        var page = await attacker.FollowAsync(right);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(LoginModel.LockedOutMessage, page.Text, StringComparison.Ordinal);
        var manage = await attacker.Client.GetAsync(new Uri("/account/manage", UriKind.Relative));
        Assert.StartsWith("/account/login", manage.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_keeps_the_email_typed_and_links_the_error_to_the_field()
    {
        using var reader = new Reader(fixture.Site);
        var email = await reader.RegisterAndSignInAsync();
        using var other = new Reader(fixture.Site);

        var page = await other.FollowAsync(await other.SignInAsync(email, "wrong password here"));

        Assert.Equal(email, page.Document.QuerySelector("#Input_Email")?.GetAttribute("value"));
        Assert.True(string.IsNullOrEmpty(page.Document.QuerySelector("#Input_Password")?.GetAttribute("value")));
        Assert.Equal("true", page.Document.QuerySelector("#Input_Password")?.GetAttribute("aria-invalid"));
        Assert.Equal("Input_Password-error", page.Document.QuerySelector("#Input_Password")?.GetAttribute("aria-describedby"));
        Assert.Contains("do not match", page.Document.QuerySelector("#Input_Password-error")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector(".error-summary a[href='#Input_Password']"));
    }

    [Fact]
    public async Task Forgotten_password_is_reset_by_the_emailed_link()
    {
        using var reader = new Reader(fixture.Site);
        var email = await reader.RegisterAndSignInAsync();
        using var later = new Reader(fixture.Site);

        await later.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        var mail = await later.WaitForMailAsync(email, "Set a new password");
        var reset = await later.SubmitAsync(Reader.LinkIn(mail, "/account/reset-password"), new Dictionary<string, string>
        {
            ["Input.Password"] = "a brand new passphrase",
        });
        var done = await later.FollowAsync(reset);

        Assert.Contains("Your password has been changed", done.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await later.SignInAsync(email, "a brand new passphrase")).StatusCode);
        var old = await later.FollowAsync(await new Reader(fixture.Site).SignInAsync(email, AccountTestData.Password));
        Assert.Contains("do not match", old.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_and_forgot_password_answer_the_same_whether_or_not_the_address_has_an_account()
    {
        using var owner = new Reader(fixture.Site);
        var taken = await owner.RegisterAndSignInAsync();
        var free = AccountTestData.NewEmail();
        using var prober = new Reader(fixture.Site);

        var registerTaken = await prober.SubmitAsync("/account/register", Register(taken));
        var registerFree = await prober.SubmitAsync("/account/register", Register(free));
        Assert.Equal(registerFree.StatusCode, registerTaken.StatusCode);
        Assert.Equal(registerFree.Headers.Location, registerTaken.Headers.Location);
        Assert.Equal((await prober.FollowAsync(registerFree)).Text, (await prober.FollowAsync(registerTaken)).Text);

        var forgotTaken = await prober.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = taken });
        var forgotUnknown = await prober.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = AccountTestData.NewEmail() });
        Assert.Equal(forgotUnknown.StatusCode, forgotTaken.StatusCode);
        Assert.Equal(forgotUnknown.Headers.Location, forgotTaken.Headers.Location);

        // The owner hears about it; the account is untouched.
        await prober.WaitForMailAsync(taken, "About your account");
        Assert.Equal(HttpStatusCode.Redirect, (await prober.SignInAsync(taken, AccountTestData.Password)).StatusCode);
    }

    [Fact]
    public async Task Authenticator_app_enrolment_then_sign_in_needs_the_current_code()
    {
        using var reader = new Reader(fixture.Site);
        var email = await reader.RegisterAndSignInAsync();

        var enrol = await reader.GetAsync("/account/manage/two-factor");
        Assert.NotNull(enrol.Document.QuerySelector("figure.qr-code svg[role=img]"));
        var key = enrol.Document.QuerySelector("figure.qr-code code")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));

        // Each code works once: enrol with the previous step's code, sign in with the current one.
        var now = DateTime.UtcNow;
        var enabled = await reader.FollowAsync(await reader.SubmitAsync(enrol, "/account/manage/two-factor", new Dictionary<string, string> { ["Code"] = totp.ComputeTotp(now.AddSeconds(-30)) }, "form[action*=Enable]"));
        Assert.Contains("Two-step sign-in is on", enabled.Text, StringComparison.Ordinal);
        var recoveryCodes = enabled.Texts(".recovery-codes code");
        Assert.Equal(10, recoveryCodes.Count);

        using var device = new Reader(fixture.Site);
        var password = await device.SignInAsync(email, AccountTestData.Password);
        Assert.StartsWith("/account/login/two-factor", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var wrong = await device.FollowAsync(await device.SubmitAsync(password.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = "000000" }, "main form[method=post]:not([action*=Recovery])"));
        Assert.Contains("That code did not work", wrong.Text, StringComparison.Ordinal);
        var right = await device.SubmitAsync(password.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = totp.ComputeTotp(now) }, "main form[method=post]:not([action*=Recovery])");
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var manage = await device.GetAsync("/account/manage");
        Assert.Equal(HttpStatusCode.OK, manage.Response.StatusCode);
        Assert.Contains("Two-step sign-in: on", manage.Text, StringComparison.Ordinal);

        using var lostPhone = new Reader(fixture.Site);
        var step = await lostPhone.SignInAsync(email, AccountTestData.Password);
        var recovered = await lostPhone.SubmitAsync(step.Headers.Location!.OriginalString, new Dictionary<string, string> { ["RecoveryCode"] = recoveryCodes[0] }, "form[action*=Recovery]");
        Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lostPhone.GetAsync("/account/manage")).Response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_is_a_post_that_ends_the_session()
    {
        using var reader = new Reader(fixture.Site);
        await reader.RegisterAndSignInAsync();

        var signedOut = await reader.SubmitAsync("/account/logout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var manage = await reader.Client.GetAsync(new Uri("/account/manage", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, manage.StatusCode);
        Assert.StartsWith("/account/login", manage.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Register(string email) => new()
    {
        ["Input.DisplayName"] = "Prober",
        ["Input.Email"] = email,
        ["Input.Password"] = AccountTestData.Password,
    };
}
