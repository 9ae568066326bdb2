using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Commands;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.CommandLine;
using FamilyBridge.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.ContentManagement;

/// <summary>Our export read the way Orchard Core reads a recipe: settings in Orchard's sections, with Orchard's types.</summary>
public sealed class OrchardExportTests
{
    // The properties of Orchard's settings classes, from OrchardCore.ContentManagement.Abstractions/Metadata/Settings/
    // (ContentTypeSettings.cs, ContentTypePartSettings.cs, ContentPartFieldSettings.cs, ContentPartSettings.cs) at
    // commit 3c66851bdfcd895c98e454ef8630017d70da6dbe. Orchard binds these sections by name and ignores anything else.
    private static readonly Dictionary<string, string[]> OrchardTypeSections = new()
    {
        ["ContentTypeSettings"] = ["Creatable", "Listable", "Draftable", "Versionable", "Stereotype", "Securable", "Description"],
    };

    private static readonly string[] OrchardTypePartSettings = ["DisplayName", "Description", "Position", "DisplayMode", "Editor"];
    private static readonly string[] OrchardPartFieldSettings = ["DisplayName", "Description", "Editor", "DisplayMode", "Position"];
    private static readonly string[] OrchardPartSettings = ["Attachable", "Reusable", "DisplayName", "Description", "DefaultPosition"];

    // Settings as FamilyBridge wrote them before: flat, with string booleans and the editor in TextFieldEditorSettings.
    private const string OldStyleDefinitions = """
        { "name": "ContentDefinition",
          "ContentTypes": [
            { "Name": "Module", "Settings": { "Creatable": "True", "Listable": "True" },
              "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "Position": 0 } },
                                                    { "PartName": "ListPart", "Name": "ListPart", "Settings": { "Position": "1" } } ] },
            { "Name": "Lesson", "Settings": { "Stereotype": "", "Description": "One lesson" },
              "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "ContainedPart", "Name": "ContainedPart" },
                                                    { "PartName": "Lesson", "Name": "Lesson" } ] } ],
          "ContentParts": [ { "Name": "Lesson", "Settings": { "Attachable": "False" }, "ContentPartFieldDefinitionRecords": [
            { "FieldName": "TextField", "Name": "Summary", "Settings": { "DisplayName": "Summary", "Position": "0", "Hint": "Two sentences",
              "TextFieldEditorSettings": { "Editor": "TextArea" } } } ] } ] }
        """;

    [Fact]
    public async Task Exported_definitions_use_only_orchards_section_names_and_properties()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var path = host.WriteFile("old.recipe.json", RecipeText.Recipe("old", OldStyleDefinitions,
            """{ "name": "feature", "enable": [ "OrchardCore.Menu", "OrchardCore.Taxonomies" ] }"""));
        await ImportAsync(host, path);

        var recipe = await ExportAsync(host);

        var definition = Step(recipe, "ContentDefinition");
        foreach (var type in definition["ContentTypes"]!.AsArray().Select(t => t!.AsObject()))
        {
            AssertOnly(type["Settings"]!.AsObject(), OrchardTypeSections, type["Name"]!.ToString());
            foreach (var part in type["ContentTypePartDefinitionRecords"]!.AsArray().Select(p => p!["Settings"]!.AsObject()))
            {
                AssertSectionsOnly(part, "ContentTypePartSettings", OrchardTypePartSettings);
                Assert.True(part["ContentTypePartSettings"]?["Position"] is not { } position || position.GetValueKind() == System.Text.Json.JsonValueKind.String);
            }
        }

        foreach (var part in definition["ContentParts"]!.AsArray().Select(p => p!.AsObject()))
        {
            AssertSectionsOnly(part["Settings"]!.AsObject(), "ContentPartSettings", OrchardPartSettings);
            foreach (var field in part["ContentPartFieldDefinitionRecords"]!.AsArray().Select(f => f!["Settings"]!.AsObject()))
            {
                AssertSectionsOnly(field, "ContentPartFieldSettings", OrchardPartFieldSettings);
            }
        }

        var summary = definition["ContentParts"]!.AsArray().Single(p => p!["Name"]!.ToString() == "Lesson")!["ContentPartFieldDefinitionRecords"]![0]!["Settings"]!;
        Assert.Equal("TextArea", summary["ContentPartFieldSettings"]!["Editor"]!.GetValue<string>());
        Assert.Null(summary["TextFieldEditorSettings"]);
        Assert.Equal("Two sentences", summary["TextFieldSettings"]!["Hint"]!.GetValue<string>());
        var module = definition["ContentTypes"]!.AsArray().Single(t => t!["Name"]!.ToString() == "Module")!;
        Assert.True(module["Settings"]!["ContentTypeSettings"]!["Creatable"]!.GetValue<bool>());
        var link = definition["ContentTypes"]!.AsArray().Single(t => t!["Name"]!.ToString() == "LinkMenuItem")!;
        Assert.Equal("MenuItem", link["Settings"]!["ContentTypeSettings"]!["Stereotype"]!.GetValue<string>());
        var taxonomy = definition["ContentTypes"]!.AsArray().Single(t => t!["Name"]!.ToString() == "Taxonomy")!;
        Assert.Equal("3", taxonomy["ContentTypePartDefinitionRecords"]!.AsArray().Single(p => p!["Name"]!.ToString() == "TaxonomyPart")!["Settings"]!["ContentTypePartSettings"]!["Position"]!.GetValue<string>());
        Assert.Equal("TextArea", (await host.RunAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetPartDefinitionAsync("Lesson")))!.Fields[0].Editor);
    }

    [Fact]
    public async Task Export_names_the_list_type_writes_resource_debug_mode_as_a_number_and_lists_the_features()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var path = host.WriteFile("lessons.recipe.json", RecipeText.Recipe("lessons", RecipeText.LessonTypes,
            RecipeText.Module("4m0d0000000000000000000001", "4m0d0000000000000000000002", "4e550000000000000000000001", "4e550000000000000000000002"),
            """{ "name": "Settings", "ResourceDebugMode": "Disabled" }"""));
        await ImportAsync(host, path);

        var recipe = await ExportAsync(host);

        var lesson = Step(recipe, "content")["data"]!.AsArray().Single(i => i!["ContentType"]!.ToString() == "Lesson")!;
        Assert.Equal("Module", lesson["ContainedPart"]!["ListContentType"]!.GetValue<string>());
        Assert.Equal(2, Step(recipe, "Settings")["ResourceDebugMode"]!.GetValue<int>());
        var features = Step(recipe, "feature")["enable"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();
        Assert.Subset(features.ToHashSet(), new HashSet<string> { "OrchardCore.Title", "OrchardCore.Autoroute", "OrchardCore.Lists", "OrchardCore.Markdown", "OrchardCore.ContentFields", "OrchardCore.Contents" });
    }

    [Fact]
    public async Task Include_drafts_writes_the_newer_draft_beside_the_published_version_and_both_import()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var path = host.WriteFile("lessons.recipe.json", RecipeText.Recipe("lessons", RecipeText.LessonTypes,
            RecipeText.Module("4m0d0000000000000000000001", "4m0d0000000000000000000002", "4e550000000000000000000001", "4e550000000000000000000002")));
        await ImportAsync(host, path);
        await host.RunAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var lesson = (await manager.GetAsync("4e550000000000000000000001", VersionOptions.Latest))!;
            lesson.GetOrCreatePart("TitlePart")["Title"] = "A draft title";
            await manager.SaveDraftAsync(lesson);
        });
        var file = Path.Combine(host.FolderPath, "drafts.recipe.json");

        var code = await host.RunAsync(sp => sp.GetServices<ICommandLineCommand>().OfType<RecipesExportCommand>().Single()
            .RunAsync([file, "--include-drafts"], TextWriter.Null, CancellationToken.None));
        var withoutDrafts = await ExportAsync(host);

        Assert.Equal(0, code);
        var versions = Step(JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject(), "content")["data"]!.AsArray()
            .Where(i => i!["ContentItemId"]!.ToString() == "4e550000000000000000000001").ToList();
        Assert.Equal([(true, false), (false, true)], versions.Select(v => (v!["Published"]!.GetValue<bool>(), v["Latest"]!.GetValue<bool>())));
        Assert.Equal("A draft title", versions[1]!["TitlePart"]!["Title"]!.GetValue<string>());
        Assert.Single(Step(withoutDrafts, "content")["data"]!.AsArray(), i => i!["ContentItemId"]!.ToString() == "4e550000000000000000000001");

        await using var target = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        await ImportAsync(target, file);
        await target.RunAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            Assert.Equal("A draft title", (await manager.GetAsync("4e550000000000000000000001", VersionOptions.Latest))!.Title);
            Assert.Equal("A disease, not a choice", (await manager.GetAsync("4e550000000000000000000001", VersionOptions.Published))!.Title);
        });
    }

    [Fact]
    public async Task Orchards_layers_and_templates_steps_are_kept_and_exported_back_unchanged()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var path = Fixture.Path("Orchard/Agency/agency.recipe.json");
        var source = RecipeReader.Read(await File.ReadAllTextAsync(path), path);
        var result = await ImportAsync(host, path);

        var recipe = await ExportAsync(host);

        Assert.DoesNotContain("layers", result.SkippedSteps);
        Assert.DoesNotContain("Templates", result.SkippedSteps);
        // Scripts in them ([js: uuid()]) are evaluated on import, as Orchard does; the rest comes back as it was.
        Assert.Equal(
            source.Steps.Single(s => s["name"]!.ToString() == "layers")["Layers"]!.AsArray().Select(l => l!["Name"]!.ToString()),
            Step(recipe, "layers")["Layers"]!.AsArray().Select(l => l!["Name"]!.ToString()));
        var template = Step(recipe, "Templates")["Templates"]!["Content__LandingPage"]!["Content"]!.GetValue<string>();
        Assert.Equal(await File.ReadAllTextAsync(Fixture.Path("Orchard/Agency/Snippets/landingpage.liquid")), template);

        Assert.Null(Step(recipe, "Settings")["OrchardRecipeSteps"]);
    }

    private static void AssertOnly(JsonObject settings, Dictionary<string, string[]> sections, string owner)
    {
        foreach (var (key, value) in settings)
        {
            Assert.True(value is JsonObject, $"{owner}: setting '{key}' is written flat; Orchard reads only named sections.");
            if (sections.TryGetValue(key, out var properties))
            {
                Assert.All(value!.AsObject(), p => Assert.Contains(p.Key, properties));
            }
        }
    }

    private static void AssertSectionsOnly(JsonObject settings, string section, string[] properties) =>
        AssertOnly(settings, new Dictionary<string, string[]> { [section] = properties }, section);

    private static JsonObject Step(JsonObject recipe, string name) =>
        recipe["steps"]!.AsArray().Single(s => s!["name"]!.ToString() == name)!.AsObject();

    private static async Task<JsonObject> ExportAsync(ContentTestHost host) => await host.RunAsync(async sp =>
    {
        using var stream = new MemoryStream();
        await sp.GetRequiredService<IRecipeExporter>().ExportAsync(stream, CancellationToken.None);
        return JsonNode.Parse(stream.ToArray())!.AsObject();
    });

    private static Task<RecipeImportResult> ImportAsync(ContentTestHost host, string path) =>
        host.RunAsync(sp => sp.GetRequiredService<IRecipeImporter>().ImportFileAsync(path, CancellationToken.None));
}
