using FamilyBridge.Learning.Data;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Reading;

/// <summary>A signed-in reader's lesson page: few queries, no writes on a repeated GET, answers saved only with a token.</summary>
public sealed class SignedInLessonTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    [Fact]
    public async Task A_repeated_signed_in_lesson_view_runs_at_most_three_commands_and_changes_no_row()
    {
        var lesson = await Learning.Curriculum.LessonWithChecklistAndPromptAsync(fixture.Site);
        var path = $"/{lesson.Path}";
        fixture.Site.Server.PreserveExecutionContext = true;
        using var recorder = DbCommandRecorder.Start();
        using var reader = new Reader(fixture.Site);
        await reader.RegisterAndSignInAsync("Casey");
        await reader.GetAsync(path); // the first view records "continue where you left off"
        var before = await ProgressRowsAsync();

        Web.HtmlPage? page = null;
        var commands = await DbCommandRecorder.RecordAsync(async () => page = await reader.GetAsync(path));

        Assert.Equal(200, (int)page!.Response.StatusCode);
        Assert.Contains(lesson.Title, page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("form[action$='/complete']"));
        Assert.Contains(commands, c => c.Contains("LessonProgress", StringComparison.Ordinal)); // the reader's state was read
        Assert.InRange(commands.Count, 1, 3);
        Assert.DoesNotContain(commands, c => c.TrimStart().StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || c.TrimStart().StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || c.TrimStart().StartsWith("DELETE", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(before, await ProgressRowsAsync());
        Assert.Contains(before, r => r.StartsWith(lesson.ContentItemId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_anonymous_lesson_view_runs_no_learning_command()
    {
        var lesson = await Learning.Curriculum.LessonWithChecklistAndPromptAsync(fixture.Site);
        fixture.Site.Server.PreserveExecutionContext = true;
        using var recorder = DbCommandRecorder.Start();
        using var reader = new Reader(fixture.Site);
        await reader.GetAsync($"/{lesson.Path}");

        var commands = await DbCommandRecorder.RecordAsync(() => reader.GetAsync($"/{lesson.Path}"));

        Assert.Empty(commands);
    }

    [Fact]
    public async Task A_signed_in_knowledge_check_without_a_valid_token_is_scored_but_not_saved()
    {
        var lesson = (await Learning.Curriculum.ModuleWithLessonsAsync(fixture.Site)).Lessons.First(l => l.GetBagItems("Questions").Count > 0);
        var path = $"/{lesson.Path}";
        using var reader = new Reader(fixture.Site);
        await reader.RegisterAndSignInAsync("Drew");
        var questions = lesson.GetBagItems("Questions");
        var answers = questions.ToDictionary(q => $"answer-{q.ContentItemId}", _ => "1");

        using (var forged = new FormUrlEncodedContent(answers))
        {
            var page = await Web.HtmlPage.ParseAsync(await reader.Client.PostAsync(new Uri(path, UriKind.Relative), forged));
            Assert.Equal(200, (int)page.Response.StatusCode);
            Assert.StartsWith("You got ", page.Texts(".score").Single(), StringComparison.Ordinal);
            Assert.Empty(page.Document.QuerySelectorAll(".knowledge-check-score"));
        }

        var saved = await Web.HtmlPage.ParseAsync(await reader.SubmitAsync(path, answers, ".knowledge-check form"));
        Assert.Single(saved.Document.QuerySelectorAll(".knowledge-check-score"));
    }

    private async Task<IReadOnlyList<string>> ProgressRowsAsync()
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningDbContext>();
        return [.. (await db.LessonProgress.AsNoTracking().ToListAsync())
            .Select(p => $"{p.LessonContentItemId}|{p.UserId}|{p.LastActivityUtc:O}|{p.CompletedUtc:O}")
            .Order(StringComparer.Ordinal)];
    }
}
