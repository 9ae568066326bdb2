using System.Net;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Reading;

namespace FamilyBridge.Tests.Learning;

/// <summary>Done marks, "N of M lessons done" and progress bars for a signed-in reader, and never on a shared page.</summary>
public sealed class ProgressMarksTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    [Fact]
    public async Task A_reader_who_finished_a_lesson_sees_it_marked_on_module_and_home_and_anonymous_cached_pages_never_show_it()
    {
        var (module, lessons) = await ReadingContent.CreateModuleAsync(fixture.Site, "First step", "Second step", "Third step");
        var modulePath = $"/{module.Path}";
        using var reader = new Reader(fixture.Site);
        await reader.RegisterAndSignInAsync("Jamie");
        var completed = await reader.SubmitAsync($"/{lessons[0].Path}", new Dictionary<string, string>(), "form[action$='/complete']");
        Assert.Equal($"/{lessons[0].Path}?saved=done#your-progress", completed.Headers.Location?.OriginalString);

        var page = await reader.GetAsync(modulePath);
        Assert.Equal("First step", Assert.Single(page.Document.QuerySelectorAll(".lesson-card.is-done .card-title")).TextContent.Trim());
        Assert.Equal("✓ Done", TextOf(page, ".lesson-card.is-done .progress-done"));
        Assert.Equal("1 of 3 lessons done", TextOf(page, ".module-progress-text"));
        var bar = page.Document.QuerySelector(".module-progress progress");
        Assert.Equal(("1", "3"), (bar?.GetAttribute("value"), bar?.GetAttribute("max")));
        Assert.Equal($"Your progress in {module.Title}", bar?.GetAttribute("aria-label"));

        var home = await reader.GetAsync("/");
        var card = home.Document.QuerySelectorAll(".module-card").Single(c => c.QuerySelector($"a[href='{modulePath}']") is not null);
        Assert.Equal("1 of 3 lessons done", Web.HtmlPage.Collapse(card.QuerySelector(".module-progress-text")!.TextContent));

        // The signed-in pages above were not stored: this module's page was never asked for anonymously before.
        using var anonymous = new Reader(fixture.Site);
        foreach (var path in new[] { modulePath, modulePath, "/", "/" })
        {
            var shared = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, shared.Response.StatusCode);
            Assert.Empty(shared.Document.QuerySelectorAll(".module-progress, .progress-done, .lesson-card.is-done"));
            Assert.DoesNotContain("lessons done", shared.Text, StringComparison.Ordinal);
        }

        Assert.NotNull((await anonymous.Client.GetAsync(new Uri(modulePath, UriKind.Relative))).Headers.Age);
    }

    [Fact]
    public async Task The_first_anonymous_view_after_a_signed_in_view_is_not_a_cache_hit()
    {
        var (module, lessons) = await ReadingContent.CreateModuleAsync(fixture.Site, "Only step");
        using var reader = new Reader(fixture.Site);
        await reader.RegisterAndSignInAsync("Alex");
        await reader.SubmitAsync($"/{lessons[0].Path}", new Dictionary<string, string>(), "form[action$='/complete']");
        Assert.Contains("1 of 1 lessons done", (await reader.GetAsync($"/{module.Path}")).Text, StringComparison.Ordinal);

        using var client = fixture.Site.CreateReader();
        var first = await client.GetAsync(new Uri($"/{module.Path}", UriKind.Relative));

        Assert.Null(first.Headers.Age);
        Assert.DoesNotContain("lessons done", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_a_note_or_the_checklist_says_saved_beside_it_only_to_the_reader()
    {
        var lesson = await Curriculum.LessonWithChecklistAndPromptAsync(fixture.Site);
        var path = $"/{lesson.Path}";
        using var reader = new Reader(fixture.Site);
        await reader.RegisterAndSignInAsync("Sam");

        var note = await reader.SubmitAsync(path, new Dictionary<string, string> { ["note"] = "Ask about Sunday.", ["intent"] = "save" }, "form[action$='/note']");
        Assert.Equal($"{path}?saved=note#reflection", note.Headers.Location?.OriginalString);
        var page = await reader.FollowAsync(note);
        Assert.Equal("Saved. Your note is kept here and on your progress page.", Assert.Single(page.Texts("#reflection [role=status]")));
        Assert.Empty(page.Document.QuerySelectorAll("#checklist [role=status], #your-progress [role=status]"));

        var items = lesson.GetBagItems("Checklist");
        var checklist = await reader.SubmitAsync(path, new Dictionary<string, string> { ["items"] = items[0].ContentItemId }, "form[action$='/checklist']");
        page = await reader.FollowAsync(checklist);
        Assert.Equal("Saved. Your checklist is up to date.", Assert.Single(page.Texts("#checklist [role=status]")));
        Assert.NotNull(page.Document.QuerySelector($"#check-{items[0].ContentItemId}")?.GetAttribute("checked"));

        var emptied = await reader.FollowAsync(await reader.SubmitAsync(path, new Dictionary<string, string> { ["note"] = "  ", ["intent"] = "save" }, "form[action$='/note']"));
        Assert.Equal("Nothing to save: the note was empty.", Assert.Single(emptied.Texts("#reflection [role=status]")));

        using var anonymous = new Reader(fixture.Site);
        var shared = await anonymous.GetAsync($"{path}?saved=note");
        Assert.Empty(shared.Document.QuerySelectorAll("[role=status]"));
        Assert.DoesNotContain("Saved.", shared.Text, StringComparison.Ordinal);
    }

    private static string TextOf(Web.HtmlPage page, string selector) => page.Texts(selector).Single();
}
