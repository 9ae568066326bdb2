using System.Globalization;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;
using FamilyBridge.Tests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Learning;

/// <summary>/me as the reader's dashboard: what to continue, progress per module, notes, checklists and every check.</summary>
public sealed class DashboardTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    [Fact]
    public async Task Me_shows_continue_progress_notes_checklist_and_knowledge_check_history_and_writes_nothing()
    {
        var (module, lessons) = await Curriculum.ModuleWithLessonsAsync(fixture.Site);
        var reflective = await Curriculum.LessonWithChecklistAndPromptAsync(fixture.Site);
        var checkLesson = await LessonWithQuestionsAsync(except: [lessons[0].ContentItemId, reflective.ContentItemId]);
        var questions = checkLesson.GetBagItems("Questions");
        var item = reflective.GetBagItems("Checklist")[0];
        using var reader = new Reader(fixture.Site);
        await reader.RegisterAndSignInAsync("Morgan");
        await reader.SubmitAsync($"/{lessons[0].Path}", new Dictionary<string, string>(), "form[action$='/complete']");
        await reader.SubmitAsync($"/{reflective.Path}", new Dictionary<string, string> { ["note"] = "Call Dad on Friday.", ["intent"] = "save" }, "form[action$='/note']");
        await reader.SubmitAsync($"/{reflective.Path}", new Dictionary<string, string> { ["items"] = item.ContentItemId }, "form[action$='/checklist']");
        var allFirst = questions.ToDictionary(q => $"answer-{q.ContentItemId}", _ => "1");
        var allRight = questions.ToDictionary(
            q => $"answer-{q.ContentItemId}", q => ((int)q.GetNumber("KnowledgeCheckQuestion", "CorrectChoice")!).ToString(CultureInfo.InvariantCulture));
        await reader.SubmitAsync($"/{checkLesson.Path}", allFirst, ".knowledge-check form");
        await reader.SubmitAsync($"/{checkLesson.Path}", allRight, ".knowledge-check form");

        fixture.Site.Server.PreserveExecutionContext = true;
        using var recorder = DbCommandRecorder.Start();
        HtmlPage? me = null;
        var commands = await DbCommandRecorder.RecordAsync(async () => me = await reader.GetAsync("/me"));

        Assert.Equal(200, (int)me!.Response.StatusCode);
        Assert.DoesNotContain(commands, c => c.TrimStart().StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || c.TrimStart().StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || c.TrimStart().StartsWith("DELETE", StringComparison.OrdinalIgnoreCase));
        Assert.Equal($"/{checkLesson.Path}", me.Document.QuerySelector(".me-continue a")?.GetAttribute("href"));
        Assert.Equal($"Continue: {checkLesson.Title}", me.Texts(".me-continue a").Single());

        var card = me.Document.QuerySelectorAll(".me-module").Single(c => c.QuerySelector($"h3 a[href='/{module.Path}']") is not null);
        Assert.Equal($"1 of {lessons.Count} lessons done", HtmlPage.Collapse(card.QuerySelector(".module-progress-text")!.TextContent));
        Assert.Equal("1", card.QuerySelector("progress")?.GetAttribute("value"));
        Assert.Contains(lessons[0].Title, HtmlPage.Collapse(card.QuerySelector(".progress-done")!.ParentElement!.TextContent), StringComparison.Ordinal);

        Assert.Equal("Call Dad on Friday.", me.Texts("section[aria-labelledby=notes-heading] blockquote").Single());
        var checklist = me.Document.QuerySelector("section[aria-labelledby=checklist-heading] .card")!;
        Assert.Equal($"/{reflective.Path}#checklist", checklist.QuerySelector("h3 a")?.GetAttribute("href"));
        Assert.Contains($"Checklist: 1 of {reflective.GetBagItems("Checklist").Count} done", checklist.TextContent, StringComparison.Ordinal);
        Assert.Equal(item.GetText("ChecklistItem", "Text"), checklist.QuerySelector("li.is-ticked")?.TextContent.Replace("Done: ", "", StringComparison.Ordinal));

        var history = me.Texts(".me-history li");
        Assert.Equal(2, history.Count);
        Assert.StartsWith($"{checkLesson.Title} {questions.Count} of {questions.Count}", history[0], StringComparison.Ordinal);
        Assert.Contains($"{checkLesson.Title} ", history[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_reader_is_shown_where_to_start_and_empty_sections_say_what_will_appear()
    {
        using var reader = new Reader(fixture.Site);
        await reader.RegisterAndSignInAsync("Avery");

        var me = await reader.GetAsync("/me");

        Assert.Equal("Choose a first lesson", me.Texts(".me-continue a").Single());
        Assert.Contains("No notes yet.", me.Text, StringComparison.Ordinal);
        Assert.Contains("Nothing ticked yet.", me.Text, StringComparison.Ordinal);
        Assert.Contains("No knowledge checks yet.", me.Text, StringComparison.Ordinal);
        Assert.All(me.Texts(".module-progress-text"), t => Assert.StartsWith("0 of ", t, StringComparison.Ordinal));
        Assert.True(me.Response.Headers.CacheControl?.NoStore);
    }

    private async Task<ContentItem> LessonWithQuestionsAsync(IReadOnlyCollection<string> except)
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
        return (await query.GetByTypeAsync("Lesson", VersionOptions.Published))
            .First(l => l.GetBagItems("Questions").Count >= 2 && !except.Contains(l.ContentItemId));
    }
}
