using FamilyBridge.Notifications.Services;

namespace FamilyBridge.Tests.Circles;

/// <summary>The email layout's consent additions: preview text obeys the subject's rule; old callers are unchanged.</summary>
public sealed class ConsentEmailTests
{
    [Fact]
    public void Preview_text_with_a_sensitive_word_is_refused_with_the_word_named()
    {
        var refused = Assert.Throws<ArgumentException>(() =>
            EmailLayout.Compose("a@example.net", "Ana", "Sam shared an update", ["Hello"], preview: "A recovery milestone"));
        Assert.Contains("'recovery'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_unsubscribe_link_shows_in_the_footer_and_as_rfc_8058_headers_only_when_given()
    {
        var link = new Uri("https://family.example/email/unsubscribe/abc");
        var consented = EmailLayout.Compose(
            "a@example.net", "Ana", "Sam shared an update", ["Hello"], preview: "Sam shared an update with you.", footerLines: ["Why you got this"], unsubscribeUrl: link);
        Assert.Equal("<https://family.example/email/unsubscribe/abc>", consented.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", consented.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("Unsubscribe: https://family.example/email/unsubscribe/abc", consented.TextBody, StringComparison.Ordinal);
        Assert.Contains("Why you got this", consented.TextBody, StringComparison.Ordinal);
        Assert.Contains("Sam shared an update with you.", consented.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(EmailLayout.CrisisFooter, consented.TextBody, StringComparison.Ordinal);

        var plain = EmailLayout.Compose("a@example.net", null, "Confirm your email", ["Hello"]);
        Assert.Empty(plain.Headers);
        Assert.DoesNotContain("Unsubscribe", plain.TextBody, StringComparison.Ordinal);
    }
}
