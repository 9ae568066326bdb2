using System.Globalization;
using System.Net;
using FamilyBridge.Notifications.Services;

namespace FamilyBridge.Tests.Notifications;

/// <summary>The shared email frame speaks the recipient's language, and subjects stay discreet in Spanish too.</summary>
public sealed class EmailLanguageTests
{
    private static readonly Uri Link = new("https://familybridge.test/es/account/login");

    [Fact]
    public void The_frame_of_a_spanish_email_greets_signs_off_and_names_the_988_spanish_options_in_spanish()
    {
        var mail = EmailLayout.Compose("ana@example.org", "Ana", "Sobre su cuenta", ["Un párrafo."], "Iniciar sesión", Link,
            unsubscribeUrl: Link, culture: CultureInfo.GetCultureInfo("es"));

        Assert.StartsWith("Hola, Ana:", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Con cariño, FamilyBridge", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("llame y marque 2, o envíe AYUDA por texto al 988", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Cancelar la suscripción: https://familybridge.test/es/account/login", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"es\">", mail.HtmlBody, StringComparison.Ordinal);
        // The HTML part writes accented letters as character references (&#243;); a mail app shows the letters.
        Assert.Contains("Si el botón no funciona, copie esta dirección en su navegador:", WebUtility.HtmlDecode(mail.HtmlBody), StringComparison.Ordinal);
        Assert.DoesNotContain("Hello", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("With care", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_language_the_frame_is_english_whatever_the_threads_culture()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
        try
        {
            var mail = EmailLayout.Compose("sam@example.org", "Sam", "About your account", ["A paragraph."], "Sign in", Link);

            Assert.StartsWith("Hello Sam,", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains(EmailLayout.CrisisFooter, mail.TextBody, StringComparison.Ordinal);
            Assert.Contains("<html lang=\"en\">", mail.HtmlBody, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("Noticias sobre su recaída", "recaída")]
    [InlineData("Noticias sobre su recaida", "recaida")]
    [InlineData("¿Sobredosis? Lo que debe saber", "Sobredosis")]
    [InlineData("Cómo usar la NALOXONA", "NALOXONA")]
    public void Spanish_words_that_reveal_a_familys_situation_are_caught_in_subjects(string subject, string word) =>
        Assert.Equal(word, SensitiveWords.Find(subject));

    [Theory]
    [InlineData("Confirme su correo electrónico")]
    [InlineData("Sobre su cuenta")]
    [InlineData("Elija una contraseña nueva")]
    [InlineData("Marisol compartió una novedad")]
    public void Ordinary_spanish_subjects_pass(string subject) => Assert.Null(SensitiveWords.Find(subject));
}
