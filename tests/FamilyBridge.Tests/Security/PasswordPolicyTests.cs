using System.Net;
using FamilyBridge.Accounts.Passwords;
using FamilyBridge.Tests.Accounts;

namespace FamilyBridge.Tests.Security;

/// <summary>Issue 16, finding 4: ten characters are not enough when they are "password123".</summary>
public sealed class PasswordPolicyTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    [Theory]
    [InlineData("password123")]
    [InlineData("P@ssw0rd2024!")]
    [InlineData("qwertyuiop")]
    [InlineData("1234567890")]
    [InlineData("iloveyou12")]
    [InlineData("passwordpassword")]
    [InlineData("Sunshine!!!")]
    public async Task A_common_password_is_refused_with_a_kind_message_and_the_form_keeps_what_was_typed(string password)
    {
        using var reader = new Reader(fixture.Site);
        var email = AccountTestData.NewEmail();

        var page = await reader.FollowAsync(await reader.SubmitAsync("/account/register", Register(email, "Robin", password)));

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains(CommonPasswordValidator.CommonMessage, page.Texts("#Input_Password-error").Single(), StringComparison.Ordinal);
        Assert.Equal(email, page.Document.QuerySelector("#Input_Email")?.GetAttribute("value"));
        Assert.Empty(reader.MailsTo(email));
    }

    [Theory]
    [InlineData("Castellano 2026 rules")]
    [InlineData("my email is robin.c77")]
    public async Task A_password_holding_the_persons_name_or_email_is_refused(string password)
    {
        using var reader = new Reader(fixture.Site);
        var email = $"robin.c77@{Guid.NewGuid():N}.example.org";

        var page = await reader.FollowAsync(await reader.SubmitAsync("/account/register", Register(email, "Robin Castellano", password)));

        Assert.Contains(CommonPasswordValidator.PersonalMessage, page.Texts("#Input_Password-error").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_unusual_passphrase_is_accepted()
    {
        using var reader = new Reader(fixture.Site);
        var email = AccountTestData.NewEmail();

        var response = await reader.SubmitAsync("/account/register", Register(email, "Robin", "kettle orchard violin tuesday"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await reader.WaitForMailAsync(email, "Confirm your email address");
    }

    private static Dictionary<string, string> Register(string email, string name, string password) => new()
    {
        ["Input.DisplayName"] = name,
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    };
}
