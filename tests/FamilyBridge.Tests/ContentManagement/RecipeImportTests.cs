using FamilyBridge.ContentManagement.Data;
using FamilyBridge.ContentManagement.Events;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.ContentManagement;

/// <summary>Recipe import and export against each database provider: idempotence, rollback, round trip, Orchard's blog.</summary>
public abstract class RecipeImportTests
{
    private const string ModuleId = "4m0d0000000000000000000001";
    private const string ModuleVersionId = "4m0d0000000000000000000002";
    private const string LessonId = "4e550000000000000000000001";
    private const string LessonVersionId = "4e550000000000000000000002";

    protected abstract DatabaseProvider Provider { get; }

    [Fact]
    public async Task Importing_the_same_recipe_twice_changes_nothing()
    {
        await using var host = await ContentTestHost.CreateAsync(Provider);
        var path = host.WriteFile("lessons.recipe.json", RecipeText.Recipe("lessons", RecipeText.LessonTypes,
            RecipeText.Module(ModuleId, ModuleVersionId, LessonId, LessonVersionId),
            """{ "name": "Settings", "SiteName": "FamilyBridge" }"""));

        await host.ImportFileAsync(path);
        var first = await host.CountRowsAsync();
        var firstDocuments = await host.StoredDocumentsAsync();
        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.ImportFileAsync(path);

        Assert.Equal((2, 3, 1), first);
        Assert.Equal(first, await host.CountRowsAsync());
        Assert.Equal(firstDocuments, await host.StoredDocumentsAsync());
        var lesson = await host.RunAsync(sp => sp.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("understanding-addiction/a-disease-not-a-choice"));
        Assert.Equal("A disease, not a choice", lesson!.Title);
        Assert.Equal(7m, lesson.GetNumber("Lesson", "EstimatedMinutes"));
        Assert.NotNull(lesson.GetPart("UnknownPart"));
    }

    [Fact]
    public async Task Importing_again_keeps_what_an_editor_published_since()
    {
        await using var host = await ContentTestHost.CreateAsync(Provider);
        var path = host.WriteFile("lessons.recipe.json", RecipeText.Recipe("lessons", RecipeText.LessonTypes,
            RecipeText.Module(ModuleId, ModuleVersionId, LessonId, LessonVersionId)));
        await host.ImportFileAsync(path);
        await host.RunAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var lesson = (await manager.GetAsync(LessonId, VersionOptions.Latest))!;
            lesson.GetOrCreatePart("TitlePart")["Title"] = "A disease, not a moral failing";
            await manager.SaveDraftAsync(lesson);
            await manager.PublishAsync(LessonId);
        });
        var documents = await host.StoredDocumentsAsync();

        await host.ImportFileAsync(path);

        Assert.Equal(documents, await host.StoredDocumentsAsync());
        var published = await host.RunAsync(sp => sp.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("understanding-addiction/a-disease-not-a-choice"));
        Assert.Equal("A disease, not a moral failing", published!.Title);
    }

    [Fact]
    public async Task A_failure_midway_rolls_back_everything_the_recipe_did()
    {
        await using var host = await ContentTestHost.CreateAsync(Provider);
        var path = host.WriteFile("broken.recipe.json", RecipeText.Recipe("broken", RecipeText.LessonTypes,
            """{ "name": "Settings", "SiteName": "Half imported" }""",
            RecipeText.Module(ModuleId, ModuleVersionId, LessonId, LessonVersionId),
            """{ "name": "content", "data": [ { "ContentItemId": "x", "ContentType": "Podcast", "Published": true } ] }"""));

        var error = await Assert.ThrowsAsync<RecipeException>(() => host.ImportFileAsync(path));

        Assert.Equal($"{path}: recipe 'broken' step 4 (content): item 1 has content type 'Podcast', which is not defined.", error.Message);
        Assert.Equal((0, 0), await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ContentDbContext>();
            return (await db.ContentItems.CountAsync(), await db.ContentDefinitions.CountAsync());
        }));
        Assert.False((await host.RunAsync(sp => sp.GetRequiredService<ISiteSettingsService>().GetAsync())).ContainsKey("SiteName"));
        Assert.Empty(host.Events.All);
    }

    [Fact]
    public async Task ContentPublished_is_raised_only_after_the_import_commits()
    {
        await using var host = await ContentTestHost.CreateAsync(Provider);
        var path = host.WriteFile("lessons.recipe.json", RecipeText.Recipe("lessons", RecipeText.LessonTypes,
            RecipeText.Module(ModuleId, ModuleVersionId, LessonId, LessonVersionId)));
        var seenByOthers = new List<string?>();
        host.Events.OnEvent = async e =>
        {
            // A separate scope is a separate connection: it sees the item only once the import has committed.
            var item = (ContentPublished)e;
            var found = await host.RunAsync(sp => sp.GetRequiredService<IContentQuery>().GetPublishedByPathAsync(item.Item.Path!));
            seenByOthers.Add(found?.ContentItemId);
        };

        await host.ImportFileAsync(path);

        Assert.Equal([ModuleId, LessonId], host.Events.Of<ContentPublished>().Select(e => e.Item.ContentItemId));
        Assert.Equal([ModuleId, LessonId], seenByOthers);
    }

    [Fact]
    public async Task An_export_imported_into_an_empty_site_gives_the_same_content()
    {
        await using var source = await ContentTestHost.CreateAsync(Provider);
        var path = source.WriteFile("lessons.recipe.json", RecipeText.Recipe("lessons", RecipeText.LessonTypes,
            RecipeText.Module(ModuleId, ModuleVersionId, LessonId, LessonVersionId),
            """{ "name": "Settings", "SiteName": "FamilyBridge", "HomeRoute": { "Path": "" } }"""));
        await source.ImportFileAsync(path);
        await source.RunAsync(async sp =>
        {
            // A draft must not leak into the export: only what readers see goes out.
            var manager = sp.GetRequiredService<IContentManager>();
            var lesson = (await manager.GetAsync(LessonId, VersionOptions.Latest))!;
            lesson.GetOrCreatePart("TitlePart")["Title"] = "Unfinished edit";
            await manager.SaveDraftAsync(lesson);
        });
        var exportPath = Path.Combine(source.FolderPath, "export.recipe.json");
        await using (var stream = File.Create(exportPath))
        {
            await source.RunAsync(sp => sp.GetRequiredService<IRecipeExporter>().ExportAsync(stream, CancellationToken.None));
        }

        await using var target = await ContentTestHost.CreateAsync(Provider);
        var result = await target.ImportFileAsync(exportPath);

        Assert.Empty(result.SkippedSteps);
        Assert.Equal(await source.PublishedDocumentsAsync(), await target.PublishedDocumentsAsync());
        Assert.Equal("A disease, not a choice", (await target.RunAsync(sp => sp.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("understanding-addiction/a-disease-not-a-choice")))!.Title);
        Assert.Equal(await DefinitionsAsync(source), await DefinitionsAsync(target));
        Assert.Equal(
            (await source.RunAsync(sp => sp.GetRequiredService<ISiteSettingsService>().GetAsync())).ToJsonString(),
            (await target.RunAsync(sp => sp.GetRequiredService<ISiteSettingsService>().GetAsync())).ToJsonString());
    }

    private static Task<List<string>> DefinitionsAsync(ContentTestHost host) => host.RunAsync(sp =>
        sp.GetRequiredService<ContentDbContext>().ContentDefinitions.OrderBy(r => r.Kind).ThenBy(r => r.Name).Select(r => r.Kind + r.Name + r.Document).ToListAsync());
}
