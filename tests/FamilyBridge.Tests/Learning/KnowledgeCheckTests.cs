using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Learning.Data;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Learning;

/// <summary>The knowledge check asks for missing answers instead of scoring them, and keeps nothing until it can score.</summary>
public sealed class KnowledgeCheckTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    [Fact]
    public async Task An_empty_check_from_a_signed_in_reader_asks_for_every_answer_and_records_nothing()
    {
        var lesson = await LessonWithQuestionsAsync(2);
        var questions = lesson.GetBagItems("Questions");
        var path = $"/{lesson.Path}";
        using var reader = new Reader(fixture.Site);
        await reader.RegisterAndSignInAsync("Riley");
        var before = await SavedChecksAsync();

        var page = await HtmlPage.ParseAsync(await reader.SubmitAsync(path, new Dictionary<string, string>(), ".knowledge-check form"));

        Assert.Equal(200, (int)page.Response.StatusCode);
        Assert.Equal("Please answer every question first", page.Texts(".error-summary h3").Single());
        Assert.Equal(
            questions.Select(q => (string?)$"#q-{q.ContentItemId}-1").ToArray(),
            page.Document.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).ToArray());
        Assert.All(questions, q => Assert.NotNull(page.Document.QuerySelector($"#q-{q.ContentItemId}-1")));
        Assert.Equal(questions.Count, page.Document.QuerySelectorAll("fieldset.has-error .field-error").Length);
        Assert.Empty(page.Document.QuerySelectorAll(".score, .feedback"));
        Assert.DoesNotContain("0 of", page.Text, StringComparison.Ordinal);
        Assert.Equal(before, await SavedChecksAsync());
    }

    [Fact]
    public async Task A_partly_answered_check_keeps_the_answers_given_asks_for_the_rest_and_records_nothing()
    {
        var lesson = await LessonWithQuestionsAsync(2);
        var questions = lesson.GetBagItems("Questions");
        using var reader = new Reader(fixture.Site);
        await reader.RegisterAndSignInAsync("Quinn");
        var before = await SavedChecksAsync();

        var page = await HtmlPage.ParseAsync(await reader.SubmitAsync(
            $"/{lesson.Path}", new Dictionary<string, string> { [$"answer-{questions[0].ContentItemId}"] = "2" }, ".knowledge-check form"));

        Assert.NotNull(page.Document.QuerySelector($"#q-{questions[0].ContentItemId}-2")?.GetAttribute("checked"));
        Assert.Equal(
            questions.Skip(1).Select(q => (string?)$"#q-{q.ContentItemId}-1").ToArray(),
            page.Document.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).ToArray());
        Assert.Null(page.Document.QuerySelector($"#q-{questions[0].ContentItemId}-error"));
        Assert.Equal(before, await SavedChecksAsync());
    }

    [Fact]
    public async Task An_anonymous_reader_posting_from_the_cached_page_without_a_token_is_asked_then_scored_kindly()
    {
        var lesson = await LessonWithQuestionsAsync(2);
        var questions = lesson.GetBagItems("Questions");
        using var anonymous = new Reader(fixture.Site);
        var cached = await anonymous.GetAsync($"/{lesson.Path}");
        Assert.Null(cached.Document.QuerySelector(".knowledge-check input[name=__RequestVerificationToken]"));
        Assert.DoesNotContain("There is no grade", cached.Text, StringComparison.Ordinal);

        var asked = await HtmlPage.ParseAsync(await anonymous.SubmitAsync(cached, $"/{lesson.Path}", new Dictionary<string, string>(), ".knowledge-check form"));
        Assert.Equal(questions.Count, asked.Document.QuerySelectorAll(".error-summary a").Length);

        var answers = questions.ToDictionary(q => $"answer-{q.ContentItemId}", q => ((int)q.GetNumber("KnowledgeCheckQuestion", "CorrectChoice")!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var scored = await HtmlPage.ParseAsync(await anonymous.SubmitAsync(cached, $"/{lesson.Path}", answers, ".knowledge-check form"));
        Assert.Equal($"You got {questions.Count} of {questions.Count} right. Well done. This is just for you.", scored.Texts(".score").Single());
        Assert.Empty(scored.Document.QuerySelectorAll(".error-summary"));
    }

    private async Task<ContentItem> LessonWithQuestionsAsync(int atLeast)
    {
        var (_, lessons) = await Curriculum.ModuleWithLessonsAsync(fixture.Site);
        return lessons.First(l => l.GetBagItems("Questions").Count >= atLeast);
    }

    private async Task<int> SavedChecksAsync()
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LearningDbContext>().KnowledgeCheckResults.CountAsync();
    }
}
