using System.Net;
using System.Text.Json.Nodes;
using FamilyBridge.Accounts.Models;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Media.Services;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Editor;

/// <summary>The generated form against documents it does not fully understand, and the path rules.</summary>
public sealed class EditorFormTests(EditorSiteFixture fixture) : IClassFixture<EditorSiteFixture>
{
    [Fact]
    public async Task Parts_and_fields_the_form_does_not_show_survive_an_edit_untouched()
    {
        var lesson = await LessonAsync();
        var id = lesson.ContentItemId;
        await RunAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var latest = (await manager.GetAsync(id, VersionOptions.Latest))!;
            latest.Document["CustomPart"] = new JsonObject { ["Setting"] = "kept", ["Numbers"] = new JsonArray(1, 2) };
            latest.GetOrCreatePart("Lesson")["Mystery"] = new JsonObject { ["Text"] = "unknown field" };
            ((JsonObject)((JsonArray)latest.GetPart("Questions")!["ContentItems"]!)[0]!)["Extra"] = new JsonObject { ["Note"] = "kept too" };
            await manager.SaveDraftAsync(latest);
            return 0;
        });
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Editor);
        using var _ = editor;
        var path = $"/admin/content/{id}/edit";

        var saved = await EditorForm.PostAsync(editor, await editor.GetAsync(path), path, "save",
            new Dictionary<string, string> { ["f.Lesson.Summary"] = "A new summary." });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await RunAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest));
        Assert.Equal("A new summary.", after!.GetText("Lesson", "Summary"));
        Assert.Equal("kept", after.GetPart("CustomPart")!["Setting"]!.ToString());
        Assert.Equal("[1,2]", after.GetPart("CustomPart")!["Numbers"]!.ToJsonString());
        Assert.Equal("unknown field", after.GetText("Lesson", "Mystery"));
        var questions = after.GetBagItems("Questions");
        Assert.Equal(lesson.GetBagItems("Questions").Count, questions.Count);
        Assert.Equal("kept too", questions[0].Document["Extra"]!["Note"]!.ToString());
        Assert.Equal(lesson.GetBagItems("Questions").Select(q => q.ContentItemId), questions.Select(q => q.ContentItemId));
        Assert.Equal(lesson.GetPart("MarkdownBodyPart")!["Markdown"]!.ToString(), after.GetPart("MarkdownBodyPart")!["Markdown"]!.ToString());
        Assert.Equal(lesson.Path, after.Path);
    }

    [Fact]
    public async Task A_web_address_used_by_another_item_is_refused_with_a_clear_message()
    {
        var lesson = await LessonAsync();
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Editor);
        using var _ = editor;
        var form = await editor.GetAsync("/admin/content/new/Page");

        var refused = await Web.HtmlPage.ParseAsync(await EditorForm.PostAsync(editor, form, "/admin/content/new/Page", "save", new Dictionary<string, string>
        {
            ["Title"] = "A page that copies an address",
            ["Path"] = lesson.Path!,
            ["Body"] = "Words.",
        }));

        Assert.Equal($"Another item already uses the web address “/{lesson.Path}”. Change the title or type a different address.", Assert.Single(refused.Texts(".error-summary li")));
        Assert.Equal(lesson.Path, EditorForm.Values(refused)["Path"]);
        var bad = await Web.HtmlPage.ParseAsync(await EditorForm.PostAsync(editor, refused, "/admin/content/new/Page", "save",
            new Dictionary<string, string> { ["Path"] = "Not A Path!" }));
        Assert.Contains("Use only lower-case letters, numbers, hyphens and slashes in the web address.", bad.Texts(".error-summary li"));
        var automatic = await EditorForm.PostAsync(editor, bad, "/admin/content/new/Page", "save", new Dictionary<string, string> { ["Path"] = "" });
        var id = EditorForm.EditedId(automatic);
        var page = await RunAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest));
        Assert.Equal("a-page-that-copies-an-address", page!.Path);
    }

    [Fact]
    public async Task An_image_from_the_library_is_added_to_the_end_of_the_body_and_the_rest_is_kept()
    {
        var (account, editor) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Editor);
        using var _ = editor;
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        var upload = await RunAsync(sp => sp.GetRequiredService<MediaLibrary>().UploadAsync(new MemoryStream(png), "table.png", "A calm kitchen table", account.UserId));
        Assert.True(upload.Succeeded, upload.Error);
        var form = await editor.GetAsync("/admin/content/new/Page");

        var inserted = await Web.HtmlPage.ParseAsync(await EditorForm.PostAsync(editor, form, "/admin/content/new/Page", "insert-image", new Dictionary<string, string>
        {
            ["Title"] = "Kitchen talk",
            ["Body"] = "Sit down together.",
            ["image"] = upload.Asset!.Id,
        }));

        var values = EditorForm.Values(inserted);
        Assert.Equal("Kitchen talk", values["Title"]);
        Assert.Equal($"Sit down together.\n\n![A calm kitchen table]({MediaLibrary.UrlPrefix}{upload.Asset.FileName})\n", values["Body"]);
        Assert.Equal("A calm kitchen table", inserted.Document.QuerySelector(".editor-preview img")?.GetAttribute("alt"));
    }

    [Fact]
    public async Task The_live_preview_renders_with_the_sites_pipeline_and_needs_the_forms_token()
    {
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Author);
        using var _ = editor;
        var form = await editor.GetAsync("/admin/content/new/Page");
        Assert.NotNull(form.Document.QuerySelector("script[src='/_content/FamilyBridge.Editor/js/editor-preview.js']"));
        var token = EditorForm.Values(form)["__RequestVerificationToken"];

        var rendered = await editor.Client.PostAsync(new Uri("/admin/content/markdown-preview", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["markdown"] = "Some **kind** words <script>alert(1)</script> [x](javascript:alert(2))",
            ["__RequestVerificationToken"] = token,
        }));
        var withoutToken = await editor.Client.PostAsync(new Uri("/admin/content/markdown-preview", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["markdown"] = "hi" }));

        var html = await rendered.Content.ReadAsStringAsync();
        Assert.Contains("<strong>kind</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        var script = await editor.Client.GetAsync(new Uri("/_content/FamilyBridge.Editor/js/editor-preview.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    private async Task<ContentItem> LessonAsync() =>
        await RunAsync(async sp =>
        {
            var query = sp.GetRequiredService<IContentQuery>();
            var module = (await query.GetByTypeAsync("Module", VersionOptions.Published))[0];
            return (await query.GetListItemsAsync(module.ContentItemId, VersionOptions.Latest)).First(l => l.GetBagItems("Questions").Count > 0);
        });

    private async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
