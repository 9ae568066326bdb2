using System.IO.Compression;
using System.Text;
using FamilyBridge.ContentManagement.Commands;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.CommandLine;
using FamilyBridge.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.ContentManagement;

/// <summary>Recipe scripts run in Jint as Orchard runs them, inside the limits that keep a recipe from reading or exhausting the host.</summary>
public sealed class RecipeSandboxTests
{
    private const string PageType = """
        { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Page", "ContentTypePartDefinitionRecords": [
          { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "AutoroutePart", "Name": "AutoroutePart" } ] } ] }
        """;

    [Fact]
    public async Task Ordinary_javascript_and_orchards_functions_are_evaluated_in_a_string_that_is_wholly_a_script()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var gzipped = Convert.ToBase64String(Gzip("hello"));
        var path = host.WriteFile("js.recipe.json", Recipe($$"""
            { "name": "content", "data": [
              { "ContentType": "Page", "ContentItemId": "[js: uuid()]", "Published": true,
                "DisplayText": "[js: new Date(0).toISOString() + ' ' + [1, 2, 3].map(n => n * 2).join('-')]",
                "TitlePart": { "Title": "[js: base64('RmFtaWx5') + html('&amp;') + base64(gzip('{{gzipped}}'))]" },
                "AutoroutePart": { "Path": "[js: const parts = ['a', 'b']; return parts.join('/');]" } },
              { "ContentType": "Page", "ContentItemId": "4page00000000000000000000b", "Published": true,
                "TitlePart": { "Title": "[locale en]Text with a colon: kept[/locale]" },
                "AutoroutePart": { "Path": "about [js: 1 + 1]" } } ] }
            """));

        await ImportAsync(host, path);
        var first = await host.RunAsync(sp => sp.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("a/b"));
        await ImportAsync(host, path);

        Assert.Equal("1970-01-01T00:00:00.000Z 2-4-6", first!.DisplayText);
        Assert.Equal("Family&hello", first.Title);
        var again = await host.RunAsync(sp => sp.GetRequiredService<IContentQuery>().GetAllAsync(VersionOptions.Published));
        Assert.Equal(2, again.Count);
        Assert.Contains(again, i => i.ContentItemId == first.ContentItemId);
        var other = await host.RunAsync(sp => sp.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("about [js: 1 + 1]"));
        Assert.Equal("[locale en]Text with a colon: kept[/locale]", other!.Title);
    }

    [Theory]
    [InlineData("recipe1.json", "[locale en]You have successfully registered![/locale][locale fr]Vous vous êtes inscrit avec succès![/locale]")]
    [InlineData("recipe2.json", "[1js: valiables('now')]")]
    [InlineData("recipe4.json", "[locale en]This text contains a colon ':' symbol[/locale][locale fr]Ce texte contient un deux-points ':'[/locale]")]
    [InlineData("recipe5.json", "[sc text='some : text'/]")]
    public async Task Orchards_own_recipe_tests_keep_text_that_only_looks_like_a_script(string file, string title)
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);

        await ImportAsync(host, Fixture.Path("Orchard/TestProjects/RecipeFiles/" + file));

        var message = Assert.Single(await host.RunAsync(sp => sp.GetRequiredService<IContentQuery>().GetByTypeAsync("Message", VersionOptions.Published)));
        Assert.Equal(title, message.Title);
        Assert.Equal(26, message.ContentItemId.Length);
    }

    [Fact]
    public async Task Orchards_recipe_with_a_misspelt_function_is_refused_naming_the_item_and_field()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var path = Fixture.Path("Orchard/TestProjects/RecipeFiles/recipe3.json");

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(host, path));

        Assert.Equal($"{path}: recipe 'Recipe3' step 2 (content), item 1, field TitlePart.Title: the script [js: valiables('now')] failed: valiables is not defined", error.Message);
        Assert.Equal((0, 0, 0), await host.CountRowsAsync());
    }

    [Fact]
    public async Task Orchards_recipe_with_a_part_without_PartName_is_refused()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var path = Fixture.Path("Orchard/TestProjects/RecipeFiles/recipe6.json");

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(host, path));

        Assert.Contains("The part name cannot be null or empty", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}: recipe 'Recipe6' step 1 (ContentDefinition)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/etc/passwd", "is outside the recipe's folder")]
    [InlineData("/proc/self/environ", "is outside the recipe's folder")]
    [InlineData("../secret.txt", "is outside the recipe's folder")]
    [InlineData("Snippets/link.txt", "links to a file outside the recipe's folder")]
    public async Task File_text_reads_only_files_in_the_recipes_own_folder(string file, string reason)
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var secret = host.WriteFile("secret.txt", "data-protection key");
        Directory.CreateDirectory(Path.Combine(host.FolderPath, "recipe", "Snippets"));
        File.CreateSymbolicLink(Path.Combine(host.FolderPath, "recipe", "Snippets", "link.txt"), secret);
        var path = host.WriteFile("recipe/file.recipe.json", Recipe(
            $$"""{ "name": "content", "data": [ { "ContentType": "Page", "ContentItemId": "x", "TitlePart": { "Title": "[file:text('{{file}}')]" } } ] }"""));

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(host, path));

        Assert.StartsWith($"{path}: recipe 'test' step 2 (content), item 1, field TitlePart.Title: '{file}' ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await host.CountRowsAsync());
    }

    [Fact]
    public async Task Configuration_answers_only_allow_listed_keys_and_gives_the_default_for_secrets()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Smtp:Password"] = "hunter2",
            ["OrchardCore_Admin:AdminUrlPrefix"] = "Manage",
        });
        var path = host.WriteFile("config.recipe.json", Recipe("""
            { "name": "content", "data": [ { "ContentType": "Page", "ContentItemId": "4page00000000000000000000c", "Published": true,
              "TitlePart": { "Title": "[js: configuration('Smtp:Password', 'none') + '/' + configuration('ConnectionStrings:Default', 'none')]" },
              "AutoroutePart": { "Path": "[js: configuration('OrchardCore_Admin:AdminUrlPrefix', 'Admin')]" } } ] }
            """));

        await ImportAsync(host, path);

        var page = await host.RunAsync(sp => sp.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("Manage"));
        Assert.Equal("none/none", page!.Title);
    }

    [Fact]
    public async Task Nested_variables_that_double_each_time_are_stopped_by_the_value_limit()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var variables = new StringBuilder("\"v0\": \"[js: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']\"");
        for (var i = 1; i <= 14; i++)
        {
            variables.Append($$""", "v{{i}}": "[js: variables('v{{i - 1}}') + variables('v{{i - 1}}')]" """);
        }

        var path = host.WriteFile("bomb.recipe.json", $$"""
            { "name": "bomb", "variables": { {{variables}} }, "steps": [ {{PageType}},
              { "name": "content", "data": [ { "ContentType": "Page", "ContentItemId": "x", "TitlePart": { "Title": "[js: variables('v14')]" } } ] } ] }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(host, path));

        Assert.Contains("the limit for one value is 1,000,000 (Recipes:MaxValueChars)", error.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await host.CountRowsAsync());
    }

    [Theory]
    [InlineData("while (true) {}", "it ran longer than the time limit")]
    [InlineData("var a = []; while (true) { a.push('x'.repeat(100000)); }", "it used more memory than the limit")]
    public async Task A_script_is_stopped_by_its_time_and_memory_limits(string script, string reason)
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Recipes:ScriptTimeoutMilliseconds"] = "500" });
        var path = host.WriteFile("loop.recipe.json", Recipe(
            $$"""{ "name": "content", "data": [ { "ContentType": "Page", "ContentItemId": "x", "TitlePart": { "Title": "[js: {{script}}]" } } ] }"""));

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(host, path));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}: recipe 'test' step 2 (content), item 1, field TitlePart.Title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_differing_only_in_case_are_a_clear_error_and_the_command_line_exits_with_its_message()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var path = host.WriteFile("case.recipe.json", "{\n  \"name\": \"case\",\n  \"steps\": [],\n  \"STEPS\": []\n}\n");

        var error = await host.RunAsync(sp => Assert.ThrowsAsync<CommandLineException>(() =>
            sp.GetServices<ICommandLineCommand>().OfType<RecipesImportCommand>().Single().RunAsync([path], TextWriter.Null, CancellationToken.None)));

        Assert.Equal($"{path}: line 4: the keys \"steps\" and \"STEPS\" differ only in case; recipes read keys in any case, so keep one.", error.Message);
    }

    [Fact]
    public async Task A_recipe_over_20_MB_is_refused_before_it_is_parsed()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var path = host.WriteFile("big.recipe.json", "{ \"name\": \"big\", \"steps\": [] }" + new string(' ', 21 * 1024 * 1024));

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(host, path));

        Assert.StartsWith($"{path}: the recipe is 22,020,126 bytes; the limit is 20,971,520 (Recipes:MaxFileBytes).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipe_of_100000_items_is_refused_up_front_by_the_item_limit()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var items = string.Join(",", Enumerable.Range(0, 100_000).Select(i => $$"""{"ContentType":"Page","ContentItemId":"p{{i}}"}"""));
        var path = host.WriteFile("many.recipe.json", Recipe($$"""{ "name": "content", "data": [ {{items}} ] }"""));

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(host, path));

        Assert.Equal($"{path}: the recipe has 100,000 content items; the limit is 20,000 (Recipes:MaxContentItems). Split it into smaller recipes. Nothing was imported.", error.Message);
        Assert.Equal((0, 0, 0), await host.CountRowsAsync());
    }

    [Fact]
    public async Task A_truncated_recipe_says_unexpected_end()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        var blog = await File.ReadAllTextAsync(Fixture.Path("Orchard/Blog/blog.recipe.json"));
        var path = host.WriteFile("cut.recipe.json", blog[..(blog.Length / 2)]);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(host, path));

        Assert.StartsWith($"{path}: unexpected end of the file at line ", error.Message, StringComparison.Ordinal);
    }

    private static string Recipe(string contentStep) => RecipeText.Recipe("test", PageType, contentStep);

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    private static Task<RecipeImportResult> ImportAsync(ContentTestHost host, string path) =>
        host.RunAsync(sp => sp.GetRequiredService<IRecipeImporter>().ImportFileAsync(path, CancellationToken.None));
}
