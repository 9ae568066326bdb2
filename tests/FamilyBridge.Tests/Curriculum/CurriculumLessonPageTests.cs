using FamilyBridge.Tests.Infrastructure;
using FamilyBridge.Tests.Web;

namespace FamilyBridge.Tests.Curriculum;

/// <summary>
/// A second-edition lesson from the shipped recipes, as a reader sees it after a first start on SQLite: the review
/// line names the date and the reviewer's role, and "not medical advice" is said once, by the page, not the text.
/// </summary>
public sealed class CurriculumLessonPageTests : IAsyncLifetime
{
    private SiteFactory _site = null!;

    public async Task InitializeAsync() => _site = await SiteFactory.StartAsync(SiteDatabase.Sqlite);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData("/trigger-proofing-the-home/naloxone-and-overdose")]
    [InlineData("/trigger-proofing-the-home/harm-reduction-for-families")]
    public async Task A_lesson_page_shows_when_and_by_whom_it_was_reviewed_and_the_medical_notice_once(string path)
    {
        var lesson = CurriculumCatalog.Repository.OfType("Lesson").Single(l => "/" + l.Path == path);
        var reviewed = CurriculumGuard.ReviewedOn(lesson)!.Value;
        using var client = _site.CreateReader();

        var page = await HtmlPage.GetAsync(client, path);

        Assert.Equal(200, (int)page.Response.StatusCode);
        var review = Assert.Single(page.Document.QuerySelectorAll(".lesson-review"));
        Assert.Equal(
            $"Reviewed on {reviewed.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US"))} by {lesson.Json.Str("Lesson", "Reviewer", "Text")}.",
            review.TextContent.Trim());
        Assert.Equal(reviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), review.QuerySelector("time")!.GetAttribute("datetime"));
        var article = page.Document.QuerySelector("article.lesson")!.TextContent;
        Assert.Equal(1, CountOf(article, "not medical advice"));
        Assert.NotNull(page.Document.QuerySelector(".disclaimer"));
    }

    private static int CountOf(string text, string phrase)
    {
        var count = 0;
        for (var i = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }
        return count;
    }
}
