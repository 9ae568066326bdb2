using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.ContentManagement;

/// <summary>What the recipe format accepts and the one-line messages a person sees when a recipe is wrong.</summary>
public sealed class RecipeFormatTests
{
    [Fact]
    public async Task Comments_trailing_commas_and_any_case_of_step_names_and_keys_are_accepted()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var path = host.WriteFile("mixed.recipe.json", """
            {
              "NAME": "mixed-case", // line comment
              /* block
                 comment */
              "Steps": [
                { "name": "CONTENTDEFINITION", "contentTypes": [ { "name": "Page", "contentTypePartDefinitionRecords": [ { "partName": "TitlePart", "name": "TitlePart", }, ], }, ], },
                { "Name": "Content", "Data": [ { "contentType": "Page", "contentItemId": "4page00000000000000000000a", "displaytext": "About", "published": true, "TitlePart": { "Title": "About" }, "AutoroutePart": { "Path": "about" } }, ], },
              ],
            }
            """);

        var result = await ImportAsync(host, path);

        Assert.Equal("mixed-case", result.RecipeName);
        var about = await host.RunAsync(sp => sp.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("about"));
        Assert.Equal(("Page", "About", "4page00000000000000000000a"), (about!.ContentType, about.DisplayText, about.ContentItemId));
        Assert.True(about.Latest);
    }

    [Fact]
    public async Task Variables_uuids_parameters_and_configuration_are_evaluated()
    {
        await using var host = await ContentTestHost.CreateAsync(
            DatabaseProvider.Sqlite,
            new Dictionary<string, string?> { ["Content:DefaultAuthor"] = "Editorial team", ["Recipes:ScriptConfigurationKeys:0"] = "Content:DefaultAuthor" });
        var path = host.WriteFile("variables.recipe.json", """
            {
              "name": "variables",
              "variables": {
                "moduleId": "[js:uuid()]",
                "modulePath": "[js: 'modules/' + variables('moduleSlug')]",
                "moduleSlug": "family-first",
              },
              "steps": [
                { "name": "Settings", "SiteName": "FamilyBridge test site" },
                { "name": "ContentDefinition", "ContentTypes": [
                  { "Name": "Module", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] },
                  { "Name": "Lesson", "ContentTypePartDefinitionRecords": [ { "PartName": "ContainedPart", "Name": "ContainedPart" } ] } ] },
                { "name": "content", "data": [
                  { "ContentType": "Module", "ContentItemId": "[js: variables('moduleId')]", "Published": true,
                    "DisplayText": "[js: 'Welcome to ' + parameters('SiteName')]",
                    "Author": "[js: configuration('Content:DefaultAuthor', 'FamilyBridge')]",
                    "Owner": "[js: configuration('Content:Missing', 'nobody')]",
                    "AutoroutePart": { "Path": "[js: variables('modulePath')]" } },
                  { "ContentType": "Lesson", "ContentItemId": "[js: uuid()]", "Published": true,
                    "ContainedPart": { "ListContentItemId": "[js: variables('moduleId')]", "Order": 0 } },
                  { "ContentType": "Lesson", "ContentItemId": "[js: uuid()]", "Published": true,
                    "ContainedPart": { "ListContentItemId": "[js: variables(\"moduleId\")]", "Order": 1 } },
                ] },
              ],
            }
            """);

        await ImportAsync(host, path);

        await host.RunAsync(async sp =>
        {
            var query = sp.GetRequiredService<IContentQuery>();
            var module = (await query.GetPublishedByPathAsync("modules/family-first"))!;
            Assert.Matches("^[0-9abcdefghjkmnpqrstvwxyz]{26}$", module.ContentItemId);
            Assert.Equal("Welcome to FamilyBridge test site", module.DisplayText);
            Assert.Equal("Editorial team", module.Author);
            Assert.Equal("nobody", module.Owner);
            var lessons = await query.GetListItemsAsync(module.ContentItemId, VersionOptions.Published);
            Assert.Equal(2, lessons.Count);
            Assert.All(lessons, l => Assert.Matches("^[0-9abcdefghjkmnpqrstvwxyz]{26}$", l.ContentItemId));
            Assert.NotEqual(lessons[0].ContentItemId, lessons[1].ContentItemId);
            Assert.DoesNotContain(module.ContentItemId, lessons.Select(l => l.ContentItemId));
        });
    }

    [Fact]
    public async Task Steps_FamilyBridge_does_not_handle_are_reported_and_skipped()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var path = host.WriteFile("unknown.recipe.json", RecipeText.Recipe("unknown",
            """{ "name": "queries", "Queries": [ { "Template": "[js: base64('e30=')]" } ] }""",
            """{ "name": "Settings", "SiteName": "Still imported" }""",
            """{ "name": "WorkflowType", "data": [] }""",
            """{ "name": "feature", "enable": [ "OrchardCore.Lists" ] }""",
            """{ "name": "themes", "site": "TheTheme", "admin": "TheAdmin" }"""));

        var result = await ImportAsync(host, path);

        Assert.Equal(["queries", "WorkflowType"], result.SkippedSteps);
        Assert.Contains("unknown step 1 (queries): skipped, FamilyBridge has no handler for this step", result.Lines);
        Assert.Contains("unknown step 4 (feature): acknowledged: FamilyBridge has its features built in (1 to enable, 0 to disable)", result.Lines);
        Assert.Contains(result.Lines, l => l.StartsWith("unknown step 5 (themes): acknowledged", StringComparison.Ordinal));
        Assert.Equal("Still imported", (await host.RunAsync(sp => sp.GetRequiredService<ISiteSettingsService>().GetAsync()))["SiteName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_missing_file_says_which_file()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var path = Path.Combine(host.FolderPath, "nowhere.recipe.json");

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(host, path));

        Assert.Equal($"Recipe file not found: {path}", error.Message);
    }

    [Fact]
    public async Task Malformed_json_gives_the_line_and_column()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var path = host.WriteFile("malformed.recipe.json", "{\n  \"name\": \"malformed\",\n  \"steps\": [ { \"name\": \"Settings\" \"SiteName\": \"x\" } ]\n}\n");

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(host, path));

        Assert.Equal($"{path} is not valid JSON: line 3, column 35.", error.Message);
    }

    [Fact]
    public async Task An_item_of_an_undefined_type_names_the_step_the_item_and_the_type()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var path = host.WriteFile("undefined.recipe.json", RecipeText.Recipe("undefined",
            """{ "name": "Settings", "SiteName": "x" }""",
            """{ "name": "content", "data": [ { "ContentType": "Lesson", "ContentItemId": "a" }, { "ContentType": "Lesson", "ContentItemId": "b" } ] }"""));

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(host, path));

        Assert.Equal($"{path}: recipe 'undefined' step 2 (content): item 1 has content type 'Lesson', which is not defined.", error.Message);
    }

    [Fact]
    public async Task A_failing_script_names_the_file_the_step_the_field_and_the_javascript_error()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var path = host.WriteFile("script.recipe.json", RecipeText.Recipe("script",
            """{ "name": "Settings", "HomeRoute": { "Url": "[js: 'Admin/' + valiables('x')]" } }"""));

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(host, path));

        Assert.Equal(
            $"{path}: recipe 'script' step 1 (Settings), field HomeRoute.Url: the script [js: 'Admin/' + valiables('x')] failed: valiables is not defined",
            error.Message);
    }

    [Fact]
    public async Task A_field_value_of_the_wrong_json_type_is_refused_before_anything_is_written()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var path = host.WriteFile("wrong.recipe.json", RecipeText.Recipe("wrong", RecipeText.LessonTypes,
            """
            { "name": "content", "data": [
              { "ContentType": "Lesson", "ContentItemId": "4e550000000000000000000010", "Published": true,
                "TitlePart": { "Title": "Fine" }, "AutoroutePart": { "Path": "fine" } },
              { "ContentType": "Lesson", "ContentItemId": "4e550000000000000000000011", "Published": true,
                "TitlePart": { "Title": "Wrong" }, "Lesson": { "EstimatedMinutes": { "Value": "seven" } } } ] }
            """));

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(host, path));

        Assert.Equal(
            $"{path}: recipe 'wrong' step 2 (content), item 2, field Lesson.EstimatedMinutes.Value: expected a number but found text (\"seven\"). Nothing was imported.",
            error.Message);
        Assert.Null(await host.RunAsync(sp => sp.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("fine")));
        Assert.Equal((0, 0, 0), await host.CountRowsAsync());
    }

    [Fact]
    public async Task A_recipes_step_runs_other_recipes_by_name_and_a_missing_name_is_a_clear_error()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        host.WriteFile("set/parts/types.recipe.json", RecipeText.Recipe("set.types", RecipeText.LessonTypes));
        host.WriteFile("set/parts/module.recipe.json", RecipeText.Recipe("set.module",
            RecipeText.Module("4m0d0000000000000000000001", "4m0d0000000000000000000002", "4e550000000000000000000001", "4e550000000000000000000002")));
        var main = host.WriteFile("set/main.recipe.json", RecipeText.Recipe("set.main",
            """{ "name": "recipes", "Values": [ { "executionid": "x", "name": "set.types" }, { "executionid": "x", "name": "SET.MODULE" } ] }"""));
        var missing = host.WriteFile("set/missing.recipe.json", RecipeText.Recipe("set.missing",
            """{ "name": "recipes", "values": [ { "name": "set.nothing" } ] }"""));

        var result = await ImportAsync(host, main);
        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(host, missing));

        Assert.Contains("set.main step 1 (recipes): ran recipe 'set.module'", result.Lines);
        Assert.NotNull(await host.RunAsync(sp => sp.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("understanding-addiction")));
        Assert.StartsWith($"{missing}: recipe 'set.missing' step 1 (recipes): no recipe named 'set.nothing' was found in ", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(host.FolderPath, "set"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_definition_steps_merge_settings_into_existing_types()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        await ImportAsync(host, host.WriteFile("a.recipe.json", RecipeText.Recipe("a", RecipeText.LessonTypes)));
        await ImportAsync(host, host.WriteFile("b.recipe.json", RecipeText.Recipe("b", """
            { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Lesson", "DisplayName": "Guided lesson",
              "Settings": { "ContentTypeSettings": { "Draftable": true } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "BagPart", "Name": "Questions", "Settings": { "ContentTypePartSettings": { "Position": 9 } } } ] } ] }
            """)));

        var lesson = (await host.RunAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetTypeDefinitionAsync("Lesson")))!;

        Assert.Equal("Guided lesson", lesson.DisplayName);
        Assert.True(lesson.GetSetting("Creatable"));
        Assert.True(lesson.GetSetting("Draftable"));
        Assert.Equal(["TitlePart", "AutoroutePart", "MarkdownBodyPart", "Lesson", "Questions", "ContainedPart"], lesson.Parts.Select(p => p.Name));
        Assert.Equal("9", lesson.Parts.Single(p => p.Name == "Questions").Settings["ContentTypePartSettings"]!["Position"]!.GetValue<string>());
        Assert.Equal("BagPart", lesson.Parts.Single(p => p.Name == "Questions").PartName);
    }

    private static Task<RecipeImportResult> ImportAsync(ContentTestHost host, string path) =>
        host.RunAsync(sp => sp.GetRequiredService<IRecipeImporter>().ImportFileAsync(path, CancellationToken.None));
}
