using System.Net;
using System.Text.Json.Nodes;
using FamilyBridge.Accounts.Models;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Editor;

/// <summary>
/// The editor's Translations panel and "Create the … translation", through the real site with the English and the
/// Spanish curriculum: twins share <c>LocalizationPart.LocalizationSet</c>, as in Orchard Core.
/// </summary>
public sealed class TranslationsTests(EditorSiteFixture fixture) : IClassFixture<EditorSiteFixture>
{
    private SiteFactory Site => fixture.Site;

    [Fact]
    public async Task An_english_lessons_panel_links_to_its_spanish_twin_and_offers_no_second_spanish_copy()
    {
        await ImportSpanishModuleAsync();
        var (english, spanish) = await TwinLessonsAsync(0);
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(Site, SiteRoles.Editor);
        using var _ = editor;

        var page = await editor.GetAsync($"/admin/content/{english.ContentItemId}/edit");

        var panel = page.Document.QuerySelector("section.editor-translations")!;
        Assert.Equal("Translations", panel.QuerySelector("h2")!.TextContent);
        Assert.Contains("This item is in English.", panel.TextContent, StringComparison.Ordinal);
        var link = panel.QuerySelector($"a[href='/admin/content/{spanish.ContentItemId}/edit']")!;
        Assert.Equal(spanish.Title, link.TextContent);
        Assert.Equal("es", link.GetAttribute("lang"));
        Assert.Contains("In Spanish:", panel.TextContent, StringComparison.Ordinal);
        Assert.Null(panel.QuerySelector("form[action*=Translate]"));

        var back = await editor.GetAsync($"/admin/content/{spanish.ContentItemId}/edit");
        Assert.NotNull(back.Document.QuerySelector($"section.editor-translations a[href='/admin/content/{english.ContentItemId}/edit']"));
        Assert.Contains("This item is in Spanish.", back.Document.QuerySelector("section.editor-translations")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_the_spanish_translation_makes_an_unpublished_draft_in_the_same_set_under_the_spanish_module()
    {
        await ImportSpanishModuleAsync();
        await GiveLessonsLocalizationAsync();
        var (englishModule, spanishModule) = await TwinModulesAsync();
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(Site, SiteRoles.Editor);
        using var _ = editor;
        var title = $"Saying no kindly {Guid.NewGuid():N}"[..26];
        var form = await editor.GetAsync("/admin/content/new/Lesson");
        var englishId = EditorForm.EditedId(await EditorForm.PostAsync(editor, form, "/admin/content/new/Lesson", "publish", new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Container"] = englishModule.ContentItemId,
            ["f.Lesson.Summary"] = "How to say no and still stay close.",
            ["f.Lesson.EstimatedMinutes"] = "5",
            ["Body"] = "A calm no is still a caring answer.",
        }));
        var englishLesson = await ItemAsync(englishId);
        var set = englishLesson.GetPart("LocalizationPart")?["LocalizationSet"]?.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(set));
        Assert.Equal("en", englishLesson.GetPart("LocalizationPart")!["Culture"]!.GetValue<string>());

        var edit = await editor.GetAsync($"/admin/content/{englishId}/edit");
        Assert.Contains("It has no translation yet.", edit.Text, StringComparison.Ordinal);
        var made = await editor.SubmitAsync(edit, $"/admin/content/{englishId}/edit", new Dictionary<string, string>(), "form[action*=Translate]");

        var spanishId = EditorForm.EditedId(made);
        Assert.NotEqual(englishId, spanishId);
        var draft = await ItemAsync(spanishId);
        Assert.Equal(set, draft.GetPart("LocalizationPart")!["LocalizationSet"]!.GetValue<string>());
        Assert.Equal("es", draft.GetPart("LocalizationPart")!["Culture"]!.GetValue<string>());
        Assert.False(draft.Published);
        Assert.Equal(spanishModule.ContentItemId, draft.GetPart("ContainedPart")!["ListContentItemId"]!.GetValue<string>());
        var slug = englishLesson.Path!.Split('/')[^1];
        Assert.Equal($"{spanishModule.Path}/{slug}", draft.Path);
        Assert.Equal("A calm no is still a caring answer.", draft.GetPart("MarkdownBodyPart")!["Markdown"]!.GetValue<string>());
        Assert.Null(await PublishedAtAsync(draft.Path!));

        var opened = await editor.FollowAsync(made);
        Assert.Contains($"A Spanish draft of “{title}” is ready.", opened.Text, StringComparison.Ordinal);
        Assert.Equal(title, opened.Document.QuerySelector("input[name=Title]")!.GetAttribute("value"));
        Assert.NotNull(opened.Document.QuerySelector($"section.editor-translations a[href='/admin/content/{englishId}/edit']"));

        // Pressing the button again, from a page opened before, opens the same draft: one twin per language.
        var again = await editor.SubmitAsync(edit, $"/admin/content/{englishId}/edit", new Dictionary<string, string>(), "form[action*=Translate]");
        Assert.Equal(spanishId, EditorForm.EditedId(again));
        Assert.Contains("already has a Spanish translation", (await editor.FollowAsync(again)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_es_the_panel_reads_in_spanish_and_its_links_and_button_keep_the_es_prefix()
    {
        await ImportSpanishModuleAsync();
        var (english, spanish) = await TwinLessonsAsync(1);
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(Site, SiteRoles.Editor);
        using var _ = editor;

        var page = await editor.GetAsync($"/es/admin/content/{spanish.ContentItemId}/edit");

        var panel = page.Document.QuerySelector("section.editor-translations")!;
        Assert.Equal("Traducciones", panel.QuerySelector("h2")!.TextContent);
        Assert.Contains("Este contenido está en español.", panel.TextContent, StringComparison.Ordinal);
        Assert.Contains("En inglés:", panel.TextContent, StringComparison.Ordinal);
        Assert.NotNull(panel.QuerySelector($"a[href='/es/admin/content/{english.ContentItemId}/edit']"));
    }

    [Fact]
    public async Task An_author_gets_404_for_translating_a_lesson_they_do_not_own_and_nothing_is_made()
    {
        await ImportSpanishModuleAsync();
        await GiveLessonsLocalizationAsync();
        var lessons = await LessonsAsync();
        var english = lessons.First(l => Culture(l) == "en");
        var (_, author) = await StaffAccounts.CreateAndSignInAsync(Site, SiteRoles.Author);
        using var _ = author;
        var ownForm = await author.GetAsync("/admin/content/new/Lesson");
        var before = (await LessonsAsync()).Count;

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "es",
            ["__RequestVerificationToken"] = ownForm.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        });
        var response = await author.Client.PostAsync(new Uri($"/admin/content/{english.ContentItemId}/edit?handler=Translate", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, (await LessonsAsync()).Count);
    }

    private async Task<ContentItem?> PublishedAtAsync(string path)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetPublishedByPathAsync(path);
    }

    private async Task ImportSpanishModuleAsync() =>
        Assert.Empty((await Site.ImportRecipeAsync(RepositoryFiles.Get("content-recipes/es/01-understanding.recipe.json"))).SkippedSteps);

    // Lesson items carry Orchard's LocalizationPart; the type gets it too, so new lessons start in a set.
    private async Task GiveLessonsLocalizationAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().MergeTypeDefinitionAsync(new JsonObject
        {
            ["Name"] = "Lesson",
            ["ContentTypePartDefinitionRecords"] = new JsonArray(new JsonObject
            {
                ["PartName"] = "LocalizationPart",
                ["Name"] = "LocalizationPart",
                ["Settings"] = new JsonObject { ["ContentTypePartSettings"] = new JsonObject { ["Position"] = "9" } },
            }),
        });
    }

    private async Task<(ContentItem English, ContentItem Spanish)> TwinLessonsAsync(int index)
    {
        var pairs = (await LessonsAsync())
            .GroupBy(Set)
            .Where(g => g.Key is not null && g.Count() == 2)
            .Select(g => (English: g.Single(i => Culture(i) == "en"), Spanish: g.Single(i => Culture(i) == "es")))
            .OrderBy(p => p.English.Path, StringComparer.Ordinal)
            .ToList();
        return pairs[index];
    }

    private async Task<(ContentItem English, ContentItem Spanish)> TwinModulesAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var modules = await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetByTypeAsync("Module", VersionOptions.Published);
        var spanish = modules.First(m => Culture(m) == "es");
        var set = spanish.GetPart("LocalizationPart")!["LocalizationSet"]!.GetValue<string>();
        return (modules.Single(m => Culture(m) == "en" && m.GetPart("LocalizationPart")!["LocalizationSet"]!.GetValue<string>() == set), spanish);
    }

    private async Task<IReadOnlyList<ContentItem>> LessonsAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetByTypeAsync("Lesson", VersionOptions.Latest);
    }

    private async Task<ContentItem> ItemAsync(string id)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest))!;
    }

    private static string? Set(ContentItem item) => item.GetPart("LocalizationPart")?["LocalizationSet"]?.GetValue<string>();

    private static string? Culture(ContentItem item) => item.GetPart("LocalizationPart")?["Culture"]?.GetValue<string>();
}
