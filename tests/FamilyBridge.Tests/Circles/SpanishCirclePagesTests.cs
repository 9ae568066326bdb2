using System.Text.RegularExpressions;
using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using FamilyBridge.Notifications.Services;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Circles;

/// <summary>The circle pages under /es and the invitation an owner sends with Spanish as the circle's default.</summary>
public sealed partial class SpanishCirclePagesTests(ConsentSmtpSiteFixture fixture) : IClassFixture<ConsentSmtpSiteFixture>
{
    [Fact]
    public async Task An_invitation_from_a_circle_whose_default_is_spanish_arrives_in_spanish_and_opens_the_invitation_in_spanish()
    {
        var circleId = await fixture.CreateCircleAsync("Circle Wren-5521");
        await fixture.Owner.SubmitAsync($"/circles/{circleId}/settings", new Dictionary<string, string> { ["language"] = "es" }, "form[action*='handler=EmailLanguage']");
        const string To = "ana-invitada@example.net";
        await fixture.RunAsync(sp => sp.GetRequiredService<InvitationService>().InviteAsync(circleId, fixture.OwnerId, To, "Ana", Relationship.Sibling));

        var mail = await fixture.Sink.WaitForMessageAsync(To);
        Assert.Equal("Sam le invitó a un círculo familiar privado en FamilyBridge", mail.Subject);
        Assert.Null(SensitiveWords.Find(mail.Subject));
        Assert.Null(SensitiveWords.Find(mail.Subject));
        Assert.Contains("El enlace funciona una sola vez y por 7 días.", mail.TextBody, StringComparison.Ordinal);
        var link = new Uri(InvitationLink().Match(mail.TextBody ?? "").Value);
        Assert.StartsWith("/es/circles/invitations/", link.AbsolutePath, StringComparison.Ordinal);

        var page = await fixture.Anonymous.GetAsync(link.AbsolutePath);
        Assert.Equal("es", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sam Rivera le invitó a su círculo familiar", page.Texts("h1").Single());
        Assert.Equal("/es/account/register", page.Document.QuerySelector("a.button")?.GetAttribute("href")?.Split('?')[0]);
    }

    [Fact]
    public async Task The_circle_page_under_es_shows_its_tabs_counter_and_composer_in_spanish_and_keeps_the_prefix_in_links()
    {
        var circleId = await fixture.CreateCircleAsync("Circle Lark-8830");

        var page = await fixture.Owner.GetAsync($"/es/circles/{circleId}");

        Assert.Equal("es", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Círculo familiar privado", page.Texts(".eyebrow").Single());
        Assert.Equal(["Novedades", "Personas", "Lista de verificación", "Su plan", "Ajustes"], page.Texts(".circle-tabs a"));
        Assert.All(page.Document.QuerySelectorAll(".circle-tabs a"), a => Assert.StartsWith("/es/circles/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal("Sus días en recuperación", page.Texts("#counter-heading").Single());
        Assert.Contains("Compartir una novedad", page.Texts("summary"));
        Assert.Contains("¿Cómo se siente?", page.Texts("legend"));
        Assert.Contains("Todavía no se ha compartido nada.", page.Text, StringComparison.Ordinal);
        foreach (var english in new[] { "Share an update", "How are you feeling?", "Nothing shared yet.", "Who sees it" })
        {
            Assert.DoesNotContain(english, page.Text, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"https://familybridge\.test/\S*circles/invitations/\S+")]
    private static partial Regex InvitationLink();
}
