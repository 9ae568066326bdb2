using System.Net;
using FamilyBridge.Tests.Infrastructure;
using MimeKit;

namespace FamilyBridge.Tests.Accounts;

/// <summary>A reader who uses the site under /es/ gets the account pages, their errors and the account emails in Spanish.</summary>
public sealed class SpanishAccountTests(SpanishAccountSiteFixture fixture) : IClassFixture<SpanishAccountSiteFixture>
{
    private static readonly Uri SpanishPublicAddress = new(SiteFactory.PublicAddress, "es/");

    [Fact]
    public async Task Registering_under_es_emails_a_spanish_confirmation_whose_link_opens_the_spanish_page_at_the_public_address()
    {
        using var reader = new Reader(fixture.Site);
        var email = AccountTestData.NewEmail();

        var registered = await reader.SubmitAsync("/es/account/register", Registration(email));
        var checkEmail = await reader.FollowAsync(registered);
        var mail = await fixture.Sink.WaitForMessageAsync(email);
        var link = Link(mail, "/es/account/confirm-email");
        var confirmed = await reader.GetAsync(link.PathAndQuery);

        Assert.Equal("/es/account/check-email", registered.Headers.Location?.OriginalString);
        Assert.Equal("Revise su correo", checkEmail.Document.QuerySelector("h1")?.TextContent);
        Assert.Equal("Confirme su correo electrónico", mail.Subject);
        Assert.StartsWith("Hola, Marisol:", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Gracias por crear una cuenta.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("marque 2", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"es\">", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(">Confirmar mi correo</a>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith(new Uri(SpanishPublicAddress, "account/confirm-email?").AbsoluteUri, link.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, confirmed.Response.StatusCode);
        Assert.Equal("Correo confirmado", confirmed.Document.QuerySelector("h1")?.TextContent);
        Assert.Equal("/es/account/login", confirmed.Document.QuerySelector("main a[href*='/account/login']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_wrong_password_under_es_is_explained_in_spanish_next_to_the_field_and_the_email_stays_typed()
    {
        using var owner = new Reader(fixture.Site);
        var email = await RegisterAndConfirmInSpanishAsync(owner);
        using var reader = new Reader(fixture.Site);

        var page = await reader.FollowAsync(await reader.SubmitAsync("/es/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "not the right passphrase",
        }));

        Assert.Equal("Hay un problema", page.Document.QuerySelector(".error-summary h2")?.TextContent);
        Assert.Equal(
            "Ese correo electrónico y esa contraseña no coinciden. Inténtelo de nuevo.",
            page.Document.QuerySelector("#Input_Password-error")?.TextContent);
        Assert.Equal(email, page.Document.QuerySelector("#Input_Email")?.GetAttribute("value"));
        Assert.Equal("Contraseña", page.Document.QuerySelector("label[for=Input_Password]")?.TextContent);
        Assert.Equal("/es/account/forgot-password", page.Document.QuerySelector("a[href$='/account/forgot-password']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_spanish_register_form_names_each_missing_field_in_spanish_and_keeps_what_was_typed()
    {
        using var reader = new Reader(fixture.Site);

        var page = await reader.FollowAsync(await reader.SubmitAsync("/es/account/register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "",
            ["Input.Email"] = "marisol-en-ejemplo",
            ["Input.Password"] = "",
        }));

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("Escriba su nombre.", page.Document.QuerySelector("#Input_DisplayName-error")?.TextContent);
        Assert.Equal("Escriba un correo electrónico como nombre@ejemplo.com.", page.Document.QuerySelector("#Input_Email-error")?.TextContent);
        Assert.Equal("Elija una contraseña.", page.Document.QuerySelector("#Input_Password-error")?.TextContent);
        Assert.Equal("marisol-en-ejemplo", page.Document.QuerySelector("#Input_Email")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Identitys_own_password_rules_and_the_common_password_check_answer_in_spanish()
    {
        using var reader = new Reader(fixture.Site);

        var repeated = await reader.FollowAsync(await reader.SubmitAsync("/es/account/register", Registration(AccountTestData.NewEmail(), "abababababab")));
        var common = await reader.FollowAsync(await reader.SubmitAsync("/es/account/register", Registration(AccountTestData.NewEmail(), "password123")));

        Assert.Contains("La contraseña debe usar al menos 4 caracteres distintos.", repeated.Texts("#Input_Password-error").Single(), StringComparison.Ordinal);
        Assert.Contains("Mucha gente usa esa contraseña", common.Texts("#Input_Password-error").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forgot_password_under_es_emails_a_spanish_reset_link_under_es_and_the_new_password_works()
    {
        using var owner = new Reader(fixture.Site);
        var email = await RegisterAndConfirmInSpanishAsync(owner);
        using var reader = new Reader(fixture.Site);

        var asked = await reader.FollowAsync(await reader.SubmitAsync("/es/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email }));
        var mail = (await fixture.Sink.WaitForMessagesAsync(email, 2))[1];
        var link = Link(mail, "/es/account/reset-password");
        var resetPage = await reader.GetAsync(link.PathAndQuery);
        var done = await reader.FollowAsync(await reader.SubmitAsync(resetPage, link.PathAndQuery, new Dictionary<string, string>
        {
            ["Input.Password"] = "una frase nueva y larga",
        }, "main form[method=post]"));

        Assert.Contains("le enviamos un enlace para elegir una contraseña nueva", asked.Text, StringComparison.Ordinal);
        Assert.Equal("Elija una contraseña nueva", mail.Subject);
        Assert.StartsWith(new Uri(SpanishPublicAddress, "account/reset-password?").AbsoluteUri, link.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("Elegir una contraseña nueva", resetPage.Document.QuerySelector("h1")?.TextContent);
        Assert.Contains("Su contraseña cambió.", done.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await reader.SubmitAsync("/es/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "una frase nueva y larga",
        })).StatusCode);
    }

    [Fact]
    public async Task Changing_the_email_under_es_sends_a_spanish_link_to_the_new_address_that_finishes_on_a_spanish_page()
    {
        using var reader = new Reader(fixture.Site);
        var email = await RegisterAndConfirmInSpanishAsync(reader);
        Assert.Equal(HttpStatusCode.Redirect, (await reader.SubmitAsync("/es/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AccountTestData.Password,
        })).StatusCode);
        var newEmail = AccountTestData.NewEmail();

        var asked = await reader.FollowAsync(await reader.SubmitAsync("/es/account/manage/email", new Dictionary<string, string> { ["Input.NewEmail"] = newEmail }));
        var mail = await fixture.Sink.WaitForMessageAsync(newEmail);
        var link = Link(mail, "/es/account/confirm-email-change");
        var changed = await reader.GetAsync(link.PathAndQuery);

        Assert.Equal($"Le enviamos un enlace a {newEmail}. Ábralo para terminar el cambio.", asked.Document.QuerySelector("p.status")?.TextContent);
        Assert.Equal("Confirme su nuevo correo electrónico", mail.Subject);
        Assert.StartsWith(new Uri(SpanishPublicAddress, "account/confirm-email-change?").AbsoluteUri, link.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("Correo electrónico cambiado", changed.Document.QuerySelector("h1")?.TextContent);
        Assert.Equal("/es/account/manage", changed.Document.QuerySelector("main a[href$='/account/manage']")?.GetAttribute("href"));
    }

    private static Dictionary<string, string> Registration(string email, string password = AccountTestData.Password) =>
        SpanishAccountSiteFixture.Registration(email, password);

    private static Uri Link(MimeMessage mail, string path) => SpanishAccountSiteFixture.Link(mail, path);

    private Task<string> RegisterAndConfirmInSpanishAsync(Reader reader) => fixture.RegisterAndConfirmInSpanishAsync(reader);
}
