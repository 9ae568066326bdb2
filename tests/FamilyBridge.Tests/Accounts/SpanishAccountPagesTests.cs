using FamilyBridge.Tests.Infrastructure;
using FamilyBridge.Tests.Localization;
using FamilyBridge.Tests.Web;

namespace FamilyBridge.Tests.Accounts;

/// <summary>Every account page under /es/ shows the Accounts module's text in Spanish only.</summary>
public sealed class SpanishAccountPagesTests(SpanishAccountSiteFixture fixture) : IClassFixture<SpanishAccountSiteFixture>
{
    public static TheoryData<string> AnonymousPages { get; } =
    [
        "/es/account/login", "/es/account/register", "/es/account/forgot-password", "/es/account/resend-confirmation",
        "/es/account/check-email", "/es/account/confirm-email", "/es/account/reset-password", "/es/account/deleted",
    ];

    public static TheoryData<string> SignedInPages { get; } =
    [
        "/es/account/manage", "/es/account/manage/email", "/es/account/manage/password", "/es/account/manage/two-factor",
        "/es/account/manage/data", "/es/account/logout", "/es/account/access-denied?returnUrl=%2Fes%2Fadmin%2Fusers",
    ];

    [Theory]
    [MemberData(nameof(AnonymousPages))]
    public async Task An_account_page_under_es_shows_no_english_sentence_of_the_accounts_module(string path)
    {
        using var reader = new Reader(fixture.Site);

        var page = await reader.GetAsync(path);

        AssertSpanishOnly(page);
    }

    [Theory]
    [MemberData(nameof(SignedInPages))]
    public async Task A_signed_in_account_page_under_es_shows_no_english_sentence_of_the_accounts_module(string path)
    {
        using var reader = new Reader(fixture.Site);
        await fixture.RegisterAndSignInInSpanishAsync(reader);

        var page = await reader.GetAsync(path);

        AssertSpanishOnly(page);
    }

    private static void AssertSpanishOnly(HtmlPage page)
    {
        var main = HtmlPage.Collapse(page.Document.QuerySelector("main")?.TextContent ?? "");
        Assert.False(string.IsNullOrWhiteSpace(main), "The page has no main content.");
        var english = EnglishSentences.Where(s => main.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.True(english.Count == 0, $"English on the Spanish page: {string.Join(" | ", english)}");
    }

    // English values of three words or more whose Spanish differs: short words ("on", "Code") would match by chance.
    private static readonly IReadOnlyList<string> EnglishSentences = LoadEnglishSentences();

    private static List<string> LoadEnglishSentences()
    {
        var english = InterfaceTextFiles.Read(RepositoryFiles.Get("src/FamilyBridge.Accounts/Resources/AccountsText.resx"));
        var spanish = InterfaceTextFiles.Read(RepositoryFiles.Get("src/FamilyBridge.Accounts/Resources/AccountsText.es.resx"));
        return [.. english
            .Where(e => spanish.TryGetValue(e.Key, out var es) && es != e.Value)
            .Select(e => e.Value.Split('{', '<')[0].Trim())
            .Where(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)];
    }
}
