using System.Net;
using FamilyBridge.Accounts.Pages.Account;
using FamilyBridge.Tests.Accounts;

namespace FamilyBridge.Tests.Security;

/// <summary>
/// Issue 16, finding 3: sign-in and registration do the same work (password hashes, emails) and give the same
/// answer whether an address is unknown, unconfirmed or has an account. Work is counted, never timed.
/// </summary>
public sealed class EnumerationTests(SecuritySiteFixture fixture) : IClassFixture<SecuritySiteFixture>
{
    [Fact]
    public async Task A_wrong_password_costs_one_hash_and_reads_the_same_for_unknown_unconfirmed_and_known_addresses()
    {
        using var setUp = new Reader(fixture.Site);
        var known = await setUp.RegisterAndSignInAsync();
        var unconfirmed = AccountTestData.NewEmail();
        Assert.Equal(HttpStatusCode.Redirect, (await setUp.SubmitAsync("/account/register", Register(unconfirmed, AccountTestData.Password))).StatusCode);
        using var prober = new Reader(fixture.Site);
        await prober.SignInAsync(AccountTestData.NewEmail(), "warming up the site");

        var answers = new List<(int Hashes, string Error)>();
        foreach (var email in new[] { AccountTestData.NewEmail(), unconfirmed, known })
        {
            var before = fixture.Hashes.Count;
            var page = await prober.FollowAsync(await prober.SignInAsync(email, "a wrong but long password"));
            answers.Add((fixture.Hashes.Count - before, page.Texts("#Input_Password-error").Single()));
        }

        Assert.All(answers, a => Assert.Equal((1, LoginModel.MismatchMessage), a));
    }

    [Fact]
    public async Task The_right_password_on_an_unconfirmed_account_is_the_only_way_to_learn_it_needs_confirming()
    {
        using var setUp = new Reader(fixture.Site);
        var unconfirmed = AccountTestData.NewEmail();
        await setUp.SubmitAsync("/account/register", Register(unconfirmed, AccountTestData.Password));

        var page = await setUp.FollowAsync(await setUp.SignInAsync(unconfirmed, AccountTestData.Password));

        Assert.Equal(LoginModel.NotConfirmedMessage, page.Texts("#Input_Password-error").Single());
    }

    [Fact]
    public async Task Registering_a_taken_or_a_new_address_costs_one_hash_and_one_email_and_answers_alike()
    {
        using var owner = new Reader(fixture.Site);
        var taken = await owner.RegisterAndSignInAsync();
        var free = AccountTestData.NewEmail();
        using var prober = new Reader(fixture.Site);

        var results = new List<(int Hashes, HttpStatusCode Status, string? Location)>();
        foreach (var email in new[] { taken, free })
        {
            var mailsBefore = prober.MailsTo(email).Count;
            var before = fixture.Hashes.Count;
            var response = await prober.SubmitAsync("/account/register", Register(email, AccountTestData.Password));
            results.Add((fixture.Hashes.Count - before, response.StatusCode, response.Headers.Location?.OriginalString));
            await prober.WaitForMailAsync(email, email == taken ? "About your account" : "Confirm your email address");
            Assert.Equal(mailsBefore + 1, prober.MailsTo(email).Count);
        }

        Assert.Equal(results[0], results[1]);
        Assert.Equal(1, results[0].Hashes);
    }

    [Fact]
    public async Task A_refused_password_shows_the_same_error_for_a_taken_and_a_new_address_and_sends_nothing()
    {
        using var owner = new Reader(fixture.Site);
        var taken = await owner.RegisterAndSignInAsync();
        var free = AccountTestData.NewEmail();
        using var prober = new Reader(fixture.Site);
        var takenMails = prober.MailsTo(taken).Count;

        var onTaken = await prober.FollowAsync(await prober.SubmitAsync("/account/register", Register(taken, "password123")));
        var onFree = await prober.FollowAsync(await prober.SubmitAsync("/account/register", Register(free, "password123")));

        Assert.Equal(HttpStatusCode.OK, onTaken.Response.StatusCode);
        Assert.Equal(onFree.Texts("#Input_Password-error"), onTaken.Texts("#Input_Password-error"));
        Assert.NotEmpty(onTaken.Texts("#Input_Password-error"));
        Assert.Equal(takenMails, prober.MailsTo(taken).Count);
        Assert.Empty(prober.MailsTo(free));
    }

    private static Dictionary<string, string> Register(string email, string password) => new()
    {
        ["Input.DisplayName"] = "Prober",
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    };
}
