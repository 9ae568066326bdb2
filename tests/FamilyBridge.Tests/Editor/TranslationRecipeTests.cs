using System.Net;
using System.Text.Json.Nodes;
using FamilyBridge.Accounts.Models;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Data;
using FamilyBridge.Tests.ContentManagement;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Editor;

/// <summary>
/// Translations survive a recipe export and import, written as Orchard Core writes them
/// (OrchardCore.ContentLocalization at commit 3c66851bdfcd895c98e454ef8630017d70da6dbe): each item's
/// <c>"LocalizationPart": { "LocalizationSet", "Culture" }</c>, the part on the item's type, the feature enabled.
/// </summary>
public sealed class TranslationRecipeTests(EditorSiteFixture fixture) : IClassFixture<EditorSiteFixture>
{
    [Fact]
    public async Task The_export_writes_twins_in_orchards_localization_shape_and_an_import_keeps_every_set_and_culture()
    {
        Assert.Empty((await fixture.Site.ImportRecipeAsync(RepositoryFiles.Get("content-recipes/es/01-understanding.recipe.json"))).SkippedSteps);
        var (_, admin) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Administrator);
        using var _ = admin;
        using var download = await admin.Client.GetAsync(new Uri("/admin/recipes?handler=Export", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var text = await download.Content.ReadAsStringAsync();
        var recipe = JsonNode.Parse(text)!.AsObject();

        Assert.Contains(OrchardLocalization.Feature, Step(recipe, "feature")["enable"]!.AsArray().Select(f => f!.GetValue<string>()));
        foreach (var type in new[] { "Module", "Lesson", "Resource", "Page" })
        {
            var record = Step(recipe, "ContentDefinition")["ContentTypes"]!.AsArray().Single(t => t!["Name"]!.GetValue<string>() == type)!;
            Assert.Contains(record["ContentTypePartDefinitionRecords"]!.AsArray(), p => p!["PartName"]!.GetValue<string>() == "LocalizationPart");
        }

        var exported = Step(recipe, "content")["data"]!.AsArray().Select(i => i!.AsObject()).Where(i => i["LocalizationPart"] is not null).ToList();
        // The first module's set (content-recipes/curriculum/01 and content-recipes/es/01 share it).
        var spanishModule = exported.Single(i =>
            i["ContentType"]!.GetValue<string>() == "Module" && Culture(i) == "es" && Set(i) == "csz740cny2xsyb9xwxxw4nwra3");
        Assert.Equal(["LocalizationSet", "Culture"], spanishModule["LocalizationPart"]!.AsObject().Select(p => p.Key));
        Assert.Contains(exported, i => Set(i) == Set(spanishModule) && Culture(i) == "en");

        await using var other = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        await other.ImportFileAsync(other.WriteFile("site.recipe.json", text));
        var imported = await other.RunAsync(sp => sp.GetRequiredService<IContentQuery>().GetAllAsync(VersionOptions.Published));

        var byId = imported.ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        Assert.All(exported.Where(i => i["Published"]!.GetValue<bool>()), i =>
        {
            var part = byId[i["ContentItemId"]!.GetValue<string>()].GetPart("LocalizationPart")!;
            Assert.Equal((Set(i), Culture(i)), (part["LocalizationSet"]!.GetValue<string>(), part["Culture"]!.GetValue<string>()));
        });
        var definitions = await other.RunAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetTypeDefinitionAsync("Lesson"));
        Assert.Contains(definitions!.Parts, p => p.PartName == "LocalizationPart");
    }

    private static JsonObject Step(JsonObject recipe, string name) =>
        recipe["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == name)!.AsObject();

    private static string? Set(JsonObject item) => item["LocalizationPart"]?["LocalizationSet"]?.GetValue<string>();

    private static string? Culture(JsonObject item) => item["LocalizationPart"]?["Culture"]?.GetValue<string>();
}
