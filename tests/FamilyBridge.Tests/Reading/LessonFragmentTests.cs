using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Reading.Caching;
using FamilyBridge.Tests.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Reading;

/// <summary>
/// A signed-in lesson page reuses the lesson's shared HTML (text, sources, neighbours) drawn once per published
/// version, and draws only the reader's own panel per request.
/// </summary>
public sealed class LessonFragmentTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    private LessonFragmentCache Fragments => fixture.Site.Services.GetRequiredService<LessonFragmentCache>();

    [Fact]
    public async Task A_published_edit_to_a_lesson_or_its_neighbour_shows_in_the_next_signed_in_view()
    {
        var (_, lessons) = await ReadingContent.CreateModuleAsync(fixture.Site, "Fragment lesson", "Fragment neighbour");
        var path = $"/{lessons[0].Path}";
        using var reader = new Reader(fixture.Site);
        await reader.RegisterAndSignInAsync("Emery");
        var first = await reader.GetAsync(path);
        Assert.Contains("Fragment neighbour", string.Join(' ', first.Texts(".lesson-nav")), StringComparison.Ordinal);
        Assert.Contains(Fragments.Held(lessons[0].ContentItemVersionId), html => html.Contains("The body of lesson 1.", StringComparison.Ordinal));

        // The neighbour's title lives in this lesson's kept HTML although this lesson did not change.
        await ReadingContent.RetitleAsync(fixture.Site, lessons[1], "Neighbour renamed");
        var afterNeighbour = await reader.GetAsync(path);
        Assert.Contains("Neighbour renamed", string.Join(' ', afterNeighbour.Texts(".lesson-nav")), StringComparison.Ordinal);
        Assert.DoesNotContain("Fragment neighbour", afterNeighbour.Text, StringComparison.Ordinal);

        await ReadingContent.RunAsync(fixture.Site, async content =>
        {
            var latest = (await content.GetAsync(lessons[0].ContentItemId, VersionOptions.Latest))!;
            latest.GetOrCreatePart("MarkdownBodyPart")["Markdown"] = "A rewritten body.";
            await content.SaveDraftAsync(latest);
            await content.PublishAsync(lessons[0].ContentItemId);
            return true;
        });
        var afterEdit = await reader.GetAsync(path);
        Assert.Contains("A rewritten body.", afterEdit.Texts(".lesson-body").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("The body of lesson 1.", afterEdit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lesson_fragment_drawn_for_one_reader_carries_nothing_of_theirs_to_the_next()
    {
        var lesson = await Learning.Curriculum.LessonWithChecklistAndPromptAsync(fixture.Site);
        var path = $"/{lesson.Path}";
        var checklistItem = lesson.GetBagItems("Checklist")[0].ContentItemId;
        using var first = new Reader(fixture.Site);
        await first.RegisterAndSignInAsync("Harper");
        await first.FollowAsync(await first.SubmitAsync(path, new Dictionary<string, string> { ["note"] = "Harper's own words.", ["intent"] = "save" }, "form[action$='/note']"));
        await first.FollowAsync(await first.SubmitAsync(path, new Dictionary<string, string> { ["items"] = checklistItem }, "form[action$='/checklist']"));
        await first.FollowAsync(await first.SubmitAsync(path, new Dictionary<string, string>(), "form[action$='/complete']"));

        // The first reader's request is the one that draws and keeps the shared HTML.
        Fragments.Forget();
        var firstPage = await first.GetAsync(path);
        Assert.Contains("Harper's own words.", firstPage.Text, StringComparison.Ordinal);
        Assert.NotEmpty(firstPage.Document.QuerySelectorAll(".lesson-done"));
        var kept = Fragments.Held(lesson.ContentItemVersionId);
        Assert.NotEmpty(kept);
        Assert.All(kept, html =>
        {
            Assert.DoesNotContain("Harper", html, StringComparison.Ordinal);
            Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
        });

        using var second = new Reader(fixture.Site);
        await second.RegisterAndSignInAsync("Jordan");
        var secondPage = await second.GetAsync(path);
        Assert.Equal(firstPage.Texts(".lesson-body").Single(), secondPage.Texts(".lesson-body").Single());
        Assert.DoesNotContain("Harper's own words.", secondPage.Text, StringComparison.Ordinal);
        Assert.Empty(secondPage.Document.QuerySelectorAll(".lesson-done"));
        Assert.NotNull(secondPage.Document.QuerySelector("form[action$='/complete']"));
        Assert.Empty(secondPage.Document.QuerySelectorAll(".checklist input[checked]"));
        Assert.NotEqual(
            firstPage.Document.QuerySelector("form[action$='/note'] input[name=__RequestVerificationToken]")?.GetAttribute("value"),
            secondPage.Document.QuerySelector("form[action$='/note'] input[name=__RequestVerificationToken]")?.GetAttribute("value"));
    }
}
