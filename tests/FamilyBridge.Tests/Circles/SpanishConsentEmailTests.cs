using System.Text.RegularExpressions;
using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using FamilyBridge.Notifications.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace FamilyBridge.Tests.Circles;

/// <summary>
/// Issue 17's promise for circles, over HTTP on the real site with a real SMTP server: the person who agrees to get
/// updates chooses their language when they say yes, and every email after that arrives in it.
/// </summary>
public sealed partial class SpanishConsentEmailTests(ConsentSmtpSiteFixture fixture) : IClassFixture<ConsentSmtpSiteFixture>
{
    [Fact]
    public async Task A_recipient_who_chooses_spanish_when_confirming_gets_the_circle_update_in_spanish_with_a_neutral_subject()
    {
        var circleId = await fixture.CreateCircleAsync("Circle Heron-4410");
        const string To = "maria-es@example.net";
        await GrantAsync(circleId, "María", To);
        var request = await fixture.Sink.WaitForMessageAsync(To);
        Assert.Equal("Sam would like to send you updates", request.Subject);
        var confirmPath = new Uri(ConfirmLink().Match(request.TextBody ?? "").Value).AbsolutePath;
        Assert.StartsWith("/email/confirm/", confirmPath, StringComparison.Ordinal);

        // The page she opens is in English (the owner's default), and she answers "Español".
        var page = await fixture.Anonymous.GetAsync(confirmPath);
        Assert.NotNull(page.Document.QuerySelector("#language-en[checked]"));
        Assert.Equal("es", page.Document.QuerySelector("label[for=language-es]")?.GetAttribute("lang"));
        var confirmed = await fixture.Anonymous.FollowAsync(
            await fixture.Anonymous.SubmitAsync(page, confirmPath, new Dictionary<string, string> { ["language"] = "es" }, "main form[method=post]"));
        Assert.Contains("The emails will be in Spanish.", confirmed.Text, StringComparison.Ordinal);
        Assert.Equal(
            (ConsentStatus.Active, "es"),
            await fixture.DbAsync(db => db.ConsentGrants.Where(g => g.RecipientEmail == To).Select(g => new ValueTuple<ConsentStatus, string>(g.Status, g.Language)).SingleAsync()));

        // The owner shares a check-in on the circle page, in English.
        var shared = await fixture.Owner.SubmitAsync($"/circles/{circleId}", new Dictionary<string, string>
        {
            ["Kind"] = "CheckIn",
            ["Mood"] = "4",
            ["HardDay"] = "true",
            ["Note"] = "Caminamos junto al lago",
            ["AudienceAll"] = "true",
        }, "form[action*='handler=Share']:has(#share-note)");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, shared.StatusCode);

        var update = (await fixture.Sink.WaitForMessagesAsync(To, 2))[1];
        Assert.Equal("Sam compartió una novedad", update.Subject);
        Assert.Null(SensitiveWords.Find(update.Subject));
        Assert.Null(SensitiveWords.Find(update.Subject));
        var body = update.TextBody;
        Assert.Matches(@"Sam compartió esto el \d{1,2} de [a-z]+ de \d{4}:", body);
        Assert.Contains("Cómo se siente hoy. Ánimo: 4 de 5 (bien).", body, StringComparison.Ordinal);
        Assert.Contains("Hoy fue un día difícil.", body, StringComparison.Ordinal);
        Assert.Contains("Sam escribió: Caminamos junto al lago", body, StringComparison.Ordinal);
        Assert.Matches(@"Recibe este correo porque Sam decidió compartir con usted sus logros y cómo se siente hasta el \d{1,2} de [a-z]+ de \d{4}, y usted dijo que sí\.", body);
        Assert.Contains("Sam compartió una novedad con usted en FamilyBridge.", System.Net.WebUtility.HtmlDecode(update.HtmlBody), StringComparison.Ordinal);
        foreach (var english in new[] { "shared this on", "Mood:", "You get this email because", "Today was a hard day" })
        {
            Assert.DoesNotContain(english, body, StringComparison.Ordinal);
        }

        // Its unsubscribe link opens the page in Spanish, on the configured public address.
        var unsubscribe = new Uri(Header(update, "List-Unsubscribe").Trim('<', '>'));
        Assert.Equal("https://familybridge.test", unsubscribe.GetLeftPart(UriPartial.Authority));
        Assert.StartsWith("/es/email/unsubscribe/", unsubscribe.AbsolutePath, StringComparison.Ordinal);
        var stopPage = await fixture.Anonymous.GetAsync(unsubscribe.AbsolutePath);
        Assert.Equal("es", stopPage.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("¿Quiere dejar de recibir los correos de Sam?", stopPage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_who_makes_spanish_the_default_sends_the_request_to_confirm_in_spanish_and_its_link_opens_in_spanish()
    {
        var circleId = await fixture.CreateCircleAsync("Circle Finch-2093");
        var saved = await fixture.Owner.FollowAsync(await fixture.Owner.SubmitAsync(
            $"/circles/{circleId}/settings", new Dictionary<string, string> { ["language"] = "es" }, "form[action*='handler=EmailLanguage']"));
        Assert.Contains("New invitations and sharing requests will be in Spanish.", saved.Texts("[role=status]"));
        Assert.NotNull(saved.Document.QuerySelector("#email-language-es[checked]"));

        const string To = "jose-es@example.net";
        await GrantAsync(circleId, "José", To);
        var request = await fixture.Sink.WaitForMessageAsync(To);
        Assert.Equal("Sam quisiera enviarle novedades", request.Subject);
        Assert.Null(SensitiveWords.Find(request.Subject));
        Assert.Null(SensitiveWords.Find(request.Subject));
        Assert.Contains("No se le enviará nada si usted no lo confirma.", request.TextBody, StringComparison.Ordinal);
        var link = new Uri(ConfirmLink().Match(request.TextBody ?? "").Value);
        Assert.Equal("familybridge.test", link.Host);
        Assert.StartsWith("/es/email/confirm/", link.AbsolutePath, StringComparison.Ordinal);

        var page = await fixture.Anonymous.GetAsync(link.AbsolutePath);
        Assert.Equal("es", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Correos de Sam", page.Texts("h1").Single());
        Assert.Contains("¿En qué idioma quiere recibir los correos?", page.Texts("legend"));
        Assert.NotNull(page.Document.QuerySelector("#language-es[checked]"));
        Assert.Contains("Sí, quiero recibir estos correos", page.Texts("main button"));
    }

    private Task GrantAsync(string circleId, string name, string email) =>
        fixture.RunAsync(sp => sp.GetRequiredService<ConsentService>().GrantAsync(circleId, fixture.OwnerId, new ConsentGrantInput
        {
            RecipientName = name,
            RecipientEmail = email,
            Scope = ConsentScope.MilestonesAndCheckIns,
            Confirmed = true,
        }));

    private static string Header(MimeMessage message, string name) => message.Headers[name] ?? throw new InvalidOperationException($"No {name} header.");

    [GeneratedRegex(@"https://familybridge\.test/(es/)?email/confirm/\S+")]
    private static partial Regex ConfirmLink();
}
