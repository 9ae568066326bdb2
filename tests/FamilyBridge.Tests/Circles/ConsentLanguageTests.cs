using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using FamilyBridge.Core.Data;
using FamilyBridge.Notifications.Services;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Tests.Circles;

/// <summary>
/// The recipient's language choice on both databases (the EmailLanguages migration), through the real outbox and
/// SMTP server: stored when they say yes, and used for digests the scheduler writes long after.
/// </summary>
public sealed class ConsentLanguageTests(ConsentHostFixture fixture) : IClassFixture<ConsentHostFixture>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Spanish_chosen_when_confirming_is_stored_and_the_daily_digest_arrives_in_spanish(DatabaseProvider provider)
    {
        await using var own = provider == DatabaseProvider.Sqlite ? null : await ConsentTestHost.CreateAsync(provider);
        var h = own ?? fixture.Host;
        var (circle, owner) = await h.CreateCircleAsync($"idioma-{provider}");
        var to = $"lucia-{provider}@example.net";
        var (grantId, token) = await h.GrantAsync(circle, owner, new ConsentGrantInput
        {
            RecipientName = "Lucía",
            RecipientEmail = to,
            Scope = ConsentScope.MilestonesAndCheckIns,
            Frequency = ConsentFrequency.Daily,
        });
        Assert.Equal("en", await h.DbAsync(db => db.ConsentGrants.Where(g => g.Id == grantId).Select(g => g.Language).SingleAsync()));

        await h.LinksAsync(s => s.ConfirmAsync(token, "es"));
        Assert.Equal("es", await h.DbAsync(db => db.ConsentGrants.Where(g => g.Id == grantId).Select(g => g.Language).SingleAsync()));

        h.Clock.Advance(TimeSpan.FromHours(1));
        await h.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.Milestone, MilestoneDays = 30 });
        await h.PostAsync(circle, owner, new UpdateInput { Kind = UpdateKind.CheckIn, Mood = 3, Note = "Fuimos al parque" });
        h.Clock.Advance(TimeSpan.FromDays(1));
        await h.RunSchedulerAsync();
        await h.DeliverAsync();

        var digest = h.MailTo(to)[^1];
        Assert.Equal("Sam compartió novedades", digest.Subject);
        Assert.Null(SensitiveWords.Find(digest.Subject));
        Assert.Null(SensitiveWords.Find(digest.Subject));
        Assert.Contains("Sam compartió 2 novedades desde el último correo.", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("El 1 de febrero de 2027:", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Un logro: 30 días.", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Cómo se siente hoy. Ánimo: 3 de 5 (regular).", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Sam escribió: Fuimos al parque", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("hasta el 1 de agosto de 2027, y usted dijo que sí.", digest.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("<https://family.example/es/email/unsubscribe/", digest.Headers["List-Unsubscribe"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_language_the_site_does_not_write_emails_in_keeps_the_one_the_person_was_asked_in()
    {
        var (circle, owner) = await fixture.Host.CreateCircleAsync("idioma-fr");
        var (grantId, token) = await fixture.Host.GrantAsync(circle, owner, new ConsentGrantInput { RecipientName = "Zoé", RecipientEmail = "zoe-fr@example.net" });

        var confirmed = await fixture.Host.LinksAsync(s => s.ConfirmAsync(token, "fr"));

        Assert.Equal((ConsentStatus.Active, "en"), (confirmed.Status, confirmed.Language));
        Assert.Equal("en", await fixture.Host.DbAsync(db => db.ConsentGrants.Where(g => g.Id == grantId).Select(g => g.Language).SingleAsync()));
    }

    [Theory]
    [InlineData("Una recaída", "recaída")]
    [InlineData("RECAIDA de Sam", "RECAIDA")]
    [InlineData("¿Sobredosis?", "Sobredosis")]
    [InlineData("Sam y la naloxona", "naloxona")]
    [InlineData("Su recuperación", "recuperación")]
    public void Spanish_sensitive_words_are_found_with_or_without_accents_and_named_as_written(string subject, string word) =>
        Assert.Equal(word, SensitiveWords.Find(subject));

    [Fact]
    public void The_spanish_consent_subjects_carry_no_sensitive_word_and_a_spanish_subject_that_does_is_refused()
    {
        foreach (var subject in new[] { "Sam quisiera enviarle novedades", "Sam compartió una novedad", "Sam compartió novedades", "Algo que usted comparte termina pronto" })
        {
            Assert.Null(SensitiveWords.Find(subject));
        }

        var refused = Assert.Throws<ArgumentException>(() => SensitiveWords.Check("Sam compartió su recaída", null));
        Assert.Contains("'recaída'", refused.Message, StringComparison.Ordinal);
    }
}
