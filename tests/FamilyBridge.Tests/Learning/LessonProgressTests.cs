using System.Net;
using FamilyBridge.Core.Events;
using FamilyBridge.Learning.Events;
using FamilyBridge.Tests.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Learning;

public sealed class LessonProgressTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    [Fact]
    public async Task Register_confirm_sign_in_complete_a_lesson_then_progress_shows_and_home_offers_the_next_one()
    {
        var (module, lessons) = await Curriculum.ModuleWithLessonsAsync(fixture.Site);
        using var reader = new Reader(fixture.Site);
        await reader.RegisterAndSignInAsync("Jordan");
        Assert.Empty((await reader.GetAsync("/")).Texts(".continue-learning"));

        var lesson = await reader.GetAsync($"/{lessons[0].Path}");
        Assert.Equal(HttpStatusCode.OK, lesson.Response.StatusCode);
        var completed = await reader.SubmitAsync(lesson, $"/{lessons[0].Path}", new Dictionary<string, string>(), "form[action$='/complete']");
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.Equal($"/{lessons[0].Path}?saved=done#your-progress", completed.Headers.Location?.OriginalString);

        var after = await reader.FollowAsync(completed);
        Assert.Contains("You finished this lesson.", after.Text, StringComparison.Ordinal);
        var modulePage = await reader.GetAsync($"/{module.Path}");
        Assert.Contains($"1 of {lessons.Count} lessons done", modulePage.Text, StringComparison.Ordinal);

        var home = await reader.GetAsync("/");
        var link = home.Document.QuerySelector(".continue-learning a");
        Assert.NotNull(link);
        Assert.Equal($"/{lessons[1].Path}", link.GetAttribute("href"));
        Assert.Contains(lessons[1].Title, link.TextContent, StringComparison.Ordinal);
        Assert.Contains(lessons[0].Title, (await reader.GetAsync("/me")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_readers_see_the_prompt_and_checklist_and_a_sign_in_link_but_no_forms()
    {
        var lesson = await Curriculum.LessonWithChecklistAndPromptAsync(fixture.Site);
        using var anonymous = new Reader(fixture.Site);

        var page = await anonymous.GetAsync($"/{lesson.Path}");

        Assert.Contains(lesson.GetText("Lesson", "ReflectionPrompt")!, page.Text, StringComparison.Ordinal);
        Assert.Contains(lesson.GetBagItems("Checklist")[0].GetText("ChecklistItem", "Text")!, page.Text, StringComparison.Ordinal);
        Assert.Equal($"/account/login?returnUrl=%2F{Uri.EscapeDataString(lesson.Path!)}", page.Document.QuerySelector(".lesson-progress a")?.GetAttribute("href"));
        Assert.Empty(page.Document.QuerySelectorAll("form[action^='/learning/']"));

        var refused = await anonymous.Client.PostAsync(new Uri($"/learning/lessons/{lesson.ContentItemId}/complete", UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/account/login", refused.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Notes_are_saved_edited_and_deleted_and_checklist_ticks_are_kept()
    {
        var lesson = await Curriculum.LessonWithChecklistAndPromptAsync(fixture.Site);
        var path = $"/{lesson.Path}";
        var items = lesson.GetBagItems("Checklist");
        using var reader = new Reader(fixture.Site);
        await reader.RegisterAndSignInAsync();

        var page = await reader.FollowAsync(await reader.SubmitAsync(path, new Dictionary<string, string> { ["note"] = "I will talk with my sister on Sunday.", ["intent"] = "save" }, "form[action$='/note']"));
        Assert.Equal("I will talk with my sister on Sunday.", page.Document.QuerySelector("#reflection-note")?.TextContent);

        page = await reader.FollowAsync(await reader.SubmitAsync(path, new Dictionary<string, string> { ["note"] = "Talk on Saturday instead.", ["intent"] = "save" }, "form[action$='/note']"));
        Assert.Equal("Talk on Saturday instead.", page.Document.QuerySelector("#reflection-note")?.TextContent);
        Assert.Contains("Talk on Saturday instead.", (await reader.GetAsync("/me")).Text, StringComparison.Ordinal);

        page = await reader.FollowAsync(await reader.SubmitAsync(path, new Dictionary<string, string> { ["intent"] = "delete" }, "form[action$='/note']"));
        Assert.Equal("", page.Document.QuerySelector("#reflection-note")?.TextContent);
        Assert.DoesNotContain("Talk on Saturday instead.", (await reader.GetAsync("/me")).Text, StringComparison.Ordinal);

        page = await reader.FollowAsync(await reader.SubmitAsync(path, new Dictionary<string, string> { ["items"] = items[1].ContentItemId }, "form[action$='/checklist']"));
        Assert.Null(page.Document.QuerySelector($"#check-{items[0].ContentItemId}")?.GetAttribute("checked"));
        Assert.NotNull(page.Document.QuerySelector($"#check-{items[1].ContentItemId}")?.GetAttribute("checked"));
        Assert.Contains($"Checklist: 1 of {items.Count} done", (await reader.GetAsync("/me")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submitted_knowledge_check_shows_as_the_last_score_on_the_lesson()
    {
        var lesson = await Curriculum.LessonWithChecklistAndPromptAsync(fixture.Site);
        using var reader = new Reader(fixture.Site);
        var email = await reader.RegisterAndSignInAsync();
        await using (var scope = fixture.Site.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<FamilyBridge.Accounts.Models.AccountUser>>().FindByEmailAsync(email);
            var events = scope.ServiceProvider.GetRequiredService<IDomainEventPublisher>();
            await events.PublishAsync(new KnowledgeCheckSubmitted(user!.Id, lesson.ContentItemId, new Dictionary<string, int> { ["q1"] = 2, ["q2"] = 1 }, 1, 2));
            await events.PublishAsync(new KnowledgeCheckSubmitted(user.Id, lesson.ContentItemId, new Dictionary<string, int> { ["q1"] = 2, ["q2"] = 3 }, 2, 2));
        }

        var page = await reader.GetAsync($"/{lesson.Path}");

        Assert.Equal("Your last knowledge check: 2 of 2 right.", page.Document.QuerySelector(".knowledge-check-score")?.TextContent.Trim());
    }
}
