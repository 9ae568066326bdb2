using System.Text.Json.Nodes;
using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Web;

/// <summary>The site's executable as a command line: <c>recipes import|export</c>, help and mistakes.</summary>
public sealed class CommandLineTests(SiteCommandLine cli) : IClassFixture<SiteCommandLine>
{
    [Fact]
    public async Task Importing_a_missing_file_fails_with_one_plain_message()
    {
        var result = await cli.RunAsync("recipes", "import", "no-such-file.recipe.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no-such-file.recipe.json", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_malformed_json_fails_with_one_plain_message()
    {
        var path = Path.Combine(cli.Folder, "broken.recipe.json");
        await File.WriteAllTextAsync(path, "{ \"name\": \"broken\", \"steps\": [ { \"name\": \"content\", ");

        var result = await cli.RunAsync("recipes", "import", path);

        Assert.Equal(1, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Imported", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_a_recipe_succeeds_and_reports_what_it_did()
    {
        var result = await cli.RunAsync("recipes", "import", RepositoryFiles.Get(WebFixtureContent.RecipePath));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Imported recipe 'familybridge.tests.web-fixture'.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exporting_writes_an_orchard_recipe_with_the_sites_content_types()
    {
        var path = Path.Combine(cli.Folder, "export.recipe.json");

        var result = await cli.RunAsync("recipes", "export", path);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Exported to", result.Output, StringComparison.Ordinal);
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        var steps = recipe["steps"]!.AsArray().Select(s => s!.AsObject()).ToList();
        var definition = steps.Single(s => string.Equals((string?)s["name"], "ContentDefinition", StringComparison.OrdinalIgnoreCase));
        var typeNames = definition["ContentTypes"]!.AsArray().Select(t => (string?)t!["Name"]).ToList();
        Assert.Contains("Module", typeNames);
        Assert.Contains("Lesson", typeNames);
        Assert.Contains("Resource", typeNames);
    }

    [Fact]
    public async Task An_unknown_command_prints_the_usage_and_exits_2()
    {
        var result = await cli.RunAsync("recipes", "frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown command: recipes frobnicate", result.Error, StringComparison.Ordinal);
        Assert.Contains("recipes import <file>", result.Error, StringComparison.Ordinal);
        Assert.Contains("recipes export <file>", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_every_command_and_exits_2()
    {
        var result = await cli.RunAsync("--help");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("recipes import <file>", result.Output, StringComparison.Ordinal);
        Assert.Contains("recipes export <file>", result.Output, StringComparison.Ordinal);
    }
}
