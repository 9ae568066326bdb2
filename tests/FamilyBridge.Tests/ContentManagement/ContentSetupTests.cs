using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.CommandLine;
using FamilyBridge.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.ContentManagement;

public sealed class ContentSetupTests
{
    [Fact]
    public async Task The_setup_recipe_runs_on_the_first_start_only()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        host.WriteFile("recipes/familybridge.setup.recipe.json", RecipeText.Recipe("familybridge.setup", RecipeText.LessonTypes,
            """{ "name": "Settings", "SiteName": "FamilyBridge" }""",
            """{ "name": "content", "data": [ { "ContentType": "Module", "ContentItemId": "[js: uuid()]", "Published": true, "AutoroutePart": { "Path": "welcome" } } ] }"""));

        await StartAsync(host);
        var afterFirst = await host.CountRowsAsync();
        // An editor removes the welcome module; a restart must not bring it back.
        await host.RunAsync(async sp =>
        {
            var welcome = (await sp.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("welcome"))!;
            await sp.GetRequiredService<IContentManager>().RemoveAsync(welcome.ContentItemId);
        });
        await StartAsync(host);

        Assert.Equal((1, 3, 1), afterFirst);
        Assert.Equal(afterFirst, await host.CountRowsAsync());
        Assert.Null(await host.RunAsync(sp => sp.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("welcome")));
    }

    [Fact]
    public async Task A_failed_setup_is_tried_again_on_the_next_start()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var path = host.WriteFile("recipes/familybridge.setup.recipe.json", RecipeText.Recipe("familybridge.setup",
            """{ "name": "content", "data": [ { "ContentType": "Module", "ContentItemId": "x" } ] }"""));

        await Assert.ThrowsAsync<RecipeException>(() => StartAsync(host));
        File.WriteAllText(path, RecipeText.Recipe("familybridge.setup", RecipeText.LessonTypes));
        await StartAsync(host);

        Assert.Equal((0, 3, 1), await host.CountRowsAsync());
    }

    [Fact]
    public async Task Recipes_commands_import_and_export_and_explain_bad_input()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var recipe = host.WriteFile("lessons.recipe.json", RecipeText.Recipe("lessons", RecipeText.LessonTypes));
        var exported = Path.Combine(host.FolderPath, "out", "export.recipe.json");
        Directory.CreateDirectory(Path.GetDirectoryName(exported)!);

        var (importCode, importOutput) = await RunCommandAsync(host, ["recipes", "import"], [recipe]);
        var (exportCode, exportOutput) = await RunCommandAsync(host, ["recipes", "export"], [exported]);
        var missing = await Assert.ThrowsAsync<CommandLineException>(() => RunCommandAsync(host, ["recipes", "import"], [Path.Combine(host.FolderPath, "none.json")]));
        var usage = await Assert.ThrowsAsync<CommandLineException>(() => RunCommandAsync(host, ["recipes", "export"], []));

        Assert.Equal(0, importCode);
        Assert.StartsWith("Imported recipe 'lessons'.", importOutput, StringComparison.Ordinal);
        Assert.Equal(0, exportCode);
        Assert.Equal($"Exported to {exported}", exportOutput.Trim());
        var roundTrip = RecipeReader.Read(File.ReadAllText(exported), exported);
        Assert.Equal(["feature", "ContentDefinition", "Settings", "content"], roundTrip.Steps.Select(s => s["name"]!.GetValue<string>()));
        Assert.Equal($"Recipe file not found: {Path.Combine(host.FolderPath, "none.json")}", missing.Message);
        Assert.Equal("Usage: recipes export <file> [--include-drafts]", usage.Message);
    }

    private static Task StartAsync(ContentTestHost host) => host.RunAsync(sp =>
    {
        var setup = (ContentSetup)sp.GetRequiredService<IContentSetup>();
        setup.RecipesFolder = Path.Combine(host.FolderPath, "recipes");
        return setup.EnsureSetUpAsync(CancellationToken.None);
    });

    private static Task<(int Code, string Output)> RunCommandAsync(ContentTestHost host, string[] words, string[] arguments) =>
        host.RunAsync(async sp =>
        {
            var command = sp.GetServices<ICommandLineCommand>().Single(c => c.Words.SequenceEqual(words));
            using var output = new StringWriter();
            var code = await command.RunAsync(arguments, output, CancellationToken.None);
            return (code, output.ToString());
        });
}
