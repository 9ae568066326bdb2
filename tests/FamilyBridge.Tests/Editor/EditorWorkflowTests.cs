using System.Net;
using FamilyBridge.Accounts.Models;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Editor.Models;
using FamilyBridge.Editor.Pages.Admin.Content;
using FamilyBridge.Editor.Services;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Editor;

/// <summary>An editor's day through the real site: forms, drafts, preview, publish, history, schedules, trash.</summary>
public sealed class EditorWorkflowTests(EditorSiteFixture fixture) : IClassFixture<EditorSiteFixture>
{
    private SiteFactory Site => fixture.Site;

    [Fact]
    public async Task A_drafted_lesson_is_previewed_published_and_readers_keep_the_old_text_until_the_next_publish()
    {
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(Site, SiteRoles.Editor, "Dana");
        using var _ = editor;
        using var reader = new Reader(Site);
        var title = $"Asking for help {Guid.NewGuid():N}"[..28];
        var id = await CreateLessonAsync(editor, title, "The first words of this lesson.");
        var path = (await ItemAsync(id)).Path!;
        Assert.StartsWith((await ModuleAsync()).Path + "/asking-for-help", path, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/" + path)).Response.StatusCode);
        var preview = await editor.GetAsync($"/admin/preview/{id}");
        Assert.Equal(HttpStatusCode.OK, preview.Response.StatusCode);
        Assert.Contains("Preview — not published", preview.Text, StringComparison.Ordinal);
        Assert.Contains("The first words of this lesson.", preview.Text, StringComparison.Ordinal);
        Assert.True(preview.Response.Headers.CacheControl?.NoStore);
        Assert.Contains("noindex", string.Join(",", preview.Response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
        Assert.NotNull(preview.Document.QuerySelector("meta[name=robots][content*=noindex]"));
        Assert.Equal(HttpStatusCode.Redirect, (await reader.Client.GetAsync(new Uri($"/admin/preview/{id}", UriKind.Relative))).StatusCode);

        var edit = await editor.GetAsync($"/admin/content/{id}/edit");
        var published = await editor.FollowAsync(await editor.SubmitAsync(edit, $"/admin/content/{id}/edit", new Dictionary<string, string>(), "form[action*=Publish]"));
        Assert.Contains("is published", published.Text, StringComparison.Ordinal);
        Assert.Contains("The first words of this lesson.", (await reader.GetAsync("/" + path)).Text, StringComparison.Ordinal);

        var saved = await EditorForm.PostAsync(editor, published, $"/admin/content/{id}/edit", "save",
            new Dictionary<string, string> { ["Body"] = "Newer words, not yet published." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var readerPage = await reader.GetAsync("/" + path);
        Assert.Contains("The first words of this lesson.", readerPage.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Newer words", readerPage.Text, StringComparison.Ordinal);
        Assert.Contains("Newer words, not yet published.", (await editor.GetAsync($"/admin/preview/{id}")).Text, StringComparison.Ordinal);

        var again = await editor.GetAsync($"/admin/content/{id}/edit");
        await editor.SubmitAsync(again, $"/admin/content/{id}/edit", new Dictionary<string, string>(), "form[action*=Publish]");
        Assert.Contains("Newer words, not yet published.", (await reader.GetAsync("/" + path)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_with_errors_keeps_everything_typed_and_adding_a_question_keeps_it_too()
    {
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(Site, SiteRoles.Editor);
        using var _ = editor;
        var form = await editor.GetAsync("/admin/content/new/Lesson");
        Assert.Equal(HttpStatusCode.OK, form.Response.StatusCode);
        var typed = new Dictionary<string, string>
        {
            ["Title"] = "",
            ["f.Lesson.Summary"] = "A summary I typed with care.",
            ["f.Lesson.EstimatedMinutes"] = "five",
            ["Body"] = "A body I do not want to lose.",
        };

        var added = await HtmlPageOf(await EditorForm.PostAsync(editor, form, "/admin/content/new/Lesson", "add:Questions", typed));
        Assert.NotNull(added.Document.QuerySelector("[name='b.Questions.0.KnowledgeCheckQuestion.Prompt']"));
        Assert.Equal("A body I do not want to lose.", added.Document.QuerySelector("textarea[name=Body]")!.TextContent);

        var refused = await HtmlPageOf(await EditorForm.PostAsync(editor, added, "/admin/content/new/Lesson", "save",
            new Dictionary<string, string> { ["b.Questions.0.KnowledgeCheckQuestion.Prompt"] = "Which one is kind?" }));
        Assert.Equal(HttpStatusCode.OK, refused.Response.StatusCode);
        var errors = refused.Texts(".error-summary li");
        Assert.Contains("Fill in “Title”.", errors);
        Assert.Contains("“Estimated minutes” must be a number, like 5.", errors);
        Assert.Contains("Fill in “Choices” in knowledge check question 1.", errors);
        Assert.Equal("A body I do not want to lose.", refused.Document.QuerySelector("textarea[name=Body]")!.TextContent);
        var shown = EditorForm.Values(refused);
        Assert.Equal("A summary I typed with care.", shown["f.Lesson.Summary"]);
        Assert.Equal("five", shown["f.Lesson.EstimatedMinutes"]);
        Assert.Equal("Which one is kind?", shown["b.Questions.0.KnowledgeCheckQuestion.Prompt"]);
        Assert.Equal("true", refused.Document.QuerySelector("#f_Lesson_EstimatedMinutes")!.GetAttribute("aria-invalid"));

        var preview = await HtmlPageOf(await EditorForm.PostAsync(editor, refused, "/admin/content/new/Lesson", "preview",
            new Dictionary<string, string> { ["Body"] = "## A heading\n\nSome **bold** words." }));
        Assert.Equal("A heading", preview.Document.QuerySelector(".editor-preview h2 + .prose h2")?.TextContent);
        Assert.Equal("bold", preview.Document.QuerySelector(".editor-preview strong")?.TextContent);
    }

    [Fact]
    public async Task A_second_editor_saving_the_same_item_is_told_sees_both_and_loses_nothing()
    {
        var (_, first) = await StaffAccounts.CreateAndSignInAsync(Site, SiteRoles.Editor, "First");
        var (_, second) = await StaffAccounts.CreateAndSignInAsync(Site, SiteRoles.Editor, "Second");
        using var a = first;
        using var b = second;
        var id = await CreateLessonAsync(first, "Shared lesson", "Words from the start.");
        var path = $"/admin/content/{id}/edit";
        var firstForm = await first.GetAsync(path);
        var secondForm = await second.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, (await EditorForm.PostAsync(first, firstForm, path, "save", new Dictionary<string, string> { ["Body"] = "The first editor's words." })).StatusCode);
        var conflict = await HtmlPageOf(await EditorForm.PostAsync(second, secondForm, path, "save", new Dictionary<string, string> { ["Body"] = "The second editor's words." }));

        Assert.Equal(HttpStatusCode.OK, conflict.Response.StatusCode);
        Assert.Contains(EditModel.ConflictMessage, conflict.Text, StringComparison.Ordinal);
        Assert.Equal("The second editor's words.", conflict.Document.QuerySelector("textarea[name=Body]")!.TextContent);
        Assert.Contains("The first editor's words.", conflict.Document.QuerySelector(".editor-theirs")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The first editor's words.", (await ItemAsync(id)).GetPart("MarkdownBodyPart")!["Markdown"]!.ToString());

        Assert.Equal(HttpStatusCode.Redirect, (await EditorForm.PostAsync(second, conflict, path, "overwrite")).StatusCode);
        Assert.Equal("The second editor's words.", (await ItemAsync(id)).GetPart("MarkdownBodyPart")!["Markdown"]!.ToString());
    }

    [Fact]
    public async Task An_author_sees_and_opens_only_their_own_items()
    {
        var (_, author) = await StaffAccounts.CreateAndSignInAsync(Site, SiteRoles.Author, "Avery");
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(Site, SiteRoles.Editor);
        using var a = author;
        using var e = editor;
        var others = await CreateLessonAsync(editor, "Someone else's lesson", "Not for the author.");
        var own = await CreateLessonAsync(author, "Avery's own lesson", "Mine.");

        foreach (var url in new[] { $"/admin/content/{others}/edit", $"/admin/content/{others}/versions", $"/admin/preview/{others}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await author.Client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        }

        var list = await author.GetAsync("/admin/content");
        Assert.Contains("Avery's own lesson", list.Texts("table th[scope=row]"));
        Assert.DoesNotContain("Someone else's lesson", list.Texts("table th[scope=row]"));
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync($"/admin/content/{own}/edit")).Response.StatusCode);
        var posted = await author.Client.PostAsync(new Uri($"/admin/content/{others}/edit?handler=Trash", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(list) }));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.NotNull(await ItemAsync(others));
    }

    [Fact]
    public async Task History_shows_a_readable_diff_and_an_old_version_comes_back_as_a_draft()
    {
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(Site, SiteRoles.Editor, "Harper");
        using var _ = editor;
        var id = await CreateLessonAsync(editor, "A lesson with history", "The old sentence.", publish: true);
        var path = $"/admin/content/{id}/edit";
        await EditorForm.PostAsync(editor, await editor.GetAsync(path), path, "save", new Dictionary<string, string> { ["Body"] = "The new sentence." });

        var history = await editor.GetAsync($"/admin/content/{id}/versions");
        Assert.Equal(2, history.Document.QuerySelectorAll("table tbody tr").Length);
        Assert.Contains("Harper", history.Texts("table td"));
        // One changed line with the changed word marked inside it, not a removed line and an added line.
        var changed = Assert.Single(history.Document.QuerySelectorAll(".editor-diff .diff-changed"), li => li.TextContent.Contains("sentence", StringComparison.Ordinal));
        Assert.Equal("[removed: old]", Assert.Single(changed.QuerySelectorAll("del")).TextContent);
        Assert.Equal("[added: new]", Assert.Single(changed.QuerySelectorAll("ins")).TextContent);
        Assert.DoesNotContain(history.Texts(".editor-diff .diff-del"), t => t.Contains("sentence", StringComparison.Ordinal));

        var restored = await editor.SubmitAsync(history, $"/admin/content/{id}/versions", new Dictionary<string, string>(), "form[action*=Restore]");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var latest = await ItemAsync(id);
        Assert.Equal("The old sentence.", latest.GetPart("MarkdownBodyPart")!["Markdown"]!.ToString());
        Assert.Equal(3, (await VersionsAsync(id)).Count);
    }

    [Fact]
    public async Task Scheduled_publish_and_unpublish_happen_when_due_and_trash_can_be_undone()
    {
        var (account, editor) = await StaffAccounts.CreateAndSignInAsync(Site, SiteRoles.Editor, "Sky");
        using var _ = editor;
        using var reader = new Reader(Site);
        var id = await CreateLessonAsync(editor, "A lesson for later", "Ready next week.");
        var path = "/" + (await ItemAsync(id)).Path;
        var edit = await editor.GetAsync($"/admin/content/{id}/edit");
        var past = await HtmlPageOf(await editor.SubmitAsync(edit, $"/admin/content/{id}/edit", new Dictionary<string, string> { ["ScheduleAt"] = "2001-01-01T09:00" }, "form[action*=Schedule]"));
        Assert.Contains("Choose a time in the future.", past.Texts(".error-summary li"));

        var due = DateTime.UtcNow.AddDays(7);
        await editor.SubmitAsync(edit, $"/admin/content/{id}/edit", new Dictionary<string, string> { ["ScheduleAt"] = due.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture), ["ScheduleAction"] = "publish" }, "form[action*=Schedule]");
        await editor.SubmitAsync(edit, $"/admin/content/{id}/edit", new Dictionary<string, string> { ["ScheduleAt"] = due.AddDays(7).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture), ["ScheduleAction"] = "unpublish" }, "form[action*=Schedule]");
        Assert.Contains("A lesson for later", (await editor.GetAsync("/admin/content?status=scheduled")).Texts("table th[scope=row]"));

        Assert.Equal(0, await RunDueAsync(DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).Response.StatusCode);
        Assert.Equal(1, await RunDueAsync(due.AddMinutes(1)));
        Assert.Contains("Ready next week.", (await reader.GetAsync(path)).Text, StringComparison.Ordinal);
        Assert.Equal(1, await RunDueAsync(due.AddDays(8)));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).Response.StatusCode);

        var trashed = await editor.SubmitAsync(await editor.GetAsync($"/admin/content/{id}/edit"), $"/admin/content/{id}/edit", new Dictionary<string, string>(), "form[action*=Trash]");
        var trash = await editor.FollowAsync(trashed);
        Assert.Contains("A lesson for later", trash.Texts("table th[scope=row]"));
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Client.GetAsync(new Uri($"/admin/content/{id}/edit", UriKind.Relative))).StatusCode);
        var back = await editor.FollowAsync(await editor.SubmitAsync(trash, "/admin/content?status=trash", new Dictionary<string, string>(), "form[action*=Restore]"));
        Assert.Contains("is back as a draft", back.Text, StringComparison.Ordinal);

        using var admin = await StaffAccounts.SignInAsync(Site, await StaffAccounts.CreateAsync(Site.Services, SiteRoles.Administrator));
        var audit = await admin.GetAsync("/admin/audit");
        var rows = audit.Document.QuerySelectorAll("table tbody tr").Select(r => Web.HtmlPage.Collapse(r.TextContent)).Where(t => t.Contains("A lesson for later", StringComparison.Ordinal)).ToList();
        Assert.StartsWith($"{account.DisplayName} {ContentAuditActions.RestoredFromTrash}", rows[0].Split(' ', 3)[2], StringComparison.Ordinal);
        foreach (var action in new[] { ContentAuditActions.Created, ContentAuditActions.Scheduled, ContentAuditActions.Published, ContentAuditActions.Unpublished, ContentAuditActions.Trashed })
        {
            Assert.Contains(rows, r => r.Contains($"Sky {action} ", StringComparison.Ordinal));
        }

        var denied = await editor.Client.GetAsync(new Uri("/admin/audit", UriKind.Relative));
        Assert.Equal("/account/access-denied", denied.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task A_modules_lessons_move_up_and_down_for_readers_too()
    {
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(Site, SiteRoles.Editor);
        using var _ = editor;
        var module = await ModuleAsync();
        var page = await editor.GetAsync($"/admin/content/{module.ContentItemId}/edit");
        var before = page.Texts(".editor-order li a");
        Assert.True(before.Count >= 2);

        await editor.SubmitAsync(page, $"/admin/content/{module.ContentItemId}/edit", new Dictionary<string, string>(), ".editor-order li:first-child form");

        var after = (await editor.GetAsync($"/admin/content/{module.ContentItemId}/edit")).Texts(".editor-order li a");
        Assert.Equal(before[1], after[0]);
        Assert.Equal(before[0], after[1]);
        using var reader = new Reader(Site);
        var published = (await reader.GetAsync("/" + module.Path)).Text;
        Assert.True(published.IndexOf(before[1], StringComparison.Ordinal) < published.IndexOf(before[0], StringComparison.Ordinal));
    }

    private async Task<string> CreateLessonAsync(Reader editor, string title, string body, bool publish = false)
    {
        var module = await ModuleAsync();
        var form = await editor.GetAsync("/admin/content/new/Lesson");
        var created = await EditorForm.PostAsync(editor, form, "/admin/content/new/Lesson", publish ? "publish" : "save", new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Container"] = module.ContentItemId,
            ["f.Lesson.Summary"] = "One sentence for the list.",
            ["f.Lesson.EstimatedMinutes"] = "4",
            ["Body"] = body,
        });
        return EditorForm.EditedId(created);
    }

    private async Task<ContentItem> ModuleAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetByTypeAsync("Module", VersionOptions.Published))
            .OrderBy(m => m.GetNumber("Module", "Order")).Last();
    }

    private async Task<ContentItem> ItemAsync(string id)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest))!;
    }

    private async Task<IReadOnlyList<ContentItem>> VersionsAsync(string id)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentManager>().GetVersionsAsync(id);
    }

    private async Task<int> RunDueAsync(DateTimeOffset now)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentScheduler>().RunDueAsync(now);
    }

    private static Task<Web.HtmlPage> HtmlPageOf(HttpResponseMessage response) => Web.HtmlPage.ParseAsync(response);

    private static string Token(Web.HtmlPage page) =>
        page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
}
