using System.Net;
using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.Media.Models;
using FamilyBridge.Media.Services;
using FamilyBridge.Tests.ContentManagement;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Media;

/// <summary>
/// A recipe's <c>media</c> step through the real site: files beside the recipe land in the media library and are
/// served; the operator's <c>Recipes:MediaRoot</c> lets an Orchard theme recipe read its <c>../wwwroot</c>; a path
/// outside it is refused unread and a missing file is a warning, never a failed import.
/// </summary>
public sealed class RecipeMediaImportTests(RecipeMediaImportTests.MediaRootFixture fixture) : IClassFixture<RecipeMediaImportTests.MediaRootFixture>
{
    [Fact]
    public async Task A_file_beside_the_recipe_is_stored_and_served_and_a_second_import_changes_nothing()
    {
        var recipes = fixture.NewFolder("site", "Recipes");
        await File.WriteAllBytesAsync(Path.Combine(recipes, "kitchen.png"), TestImages.Png);
        var recipe = await WriteRecipeAsync(recipes, "kitchen", """{ "SourcePath": "kitchen.png", "TargetPath": "lessons/kitchen.png" }""");

        var first = await fixture.Site.ImportRecipeAsync(recipe);
        var second = await fixture.Site.ImportRecipeAsync(recipe);

        Assert.Contains("kitchen step 1 (media): 1 media files imported, 0 already there", first.Lines);
        Assert.Contains("kitchen step 1 (media): 0 media files imported, 1 already there", second.Lines);
        var asset = Assert.Single(await AssetsAsync(), a => a.OriginalName == "lessons/kitchen.png");
        Assert.Equal("image/png", asset.ContentType);
        using var response = await fixture.Site.CreateReader().GetAsync(new Uri(MediaLibrary.UrlPrefix + asset.FileName, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestImages.Png, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_path_outside_the_allowed_folder_is_refused_unread_naming_file_step_and_field_and_the_import_goes_on()
    {
        var outside = fixture.NewOutsideFile(TestImages.Gif);
        var recipes = fixture.NewFolder("theme", "Recipes");
        var relative = Path.GetRelativePath(recipes, outside);
        var recipe = await WriteRecipeAsync(recipes, "escape", $$"""{ "SourcePath": {{System.Text.Json.JsonSerializer.Serialize(relative)}}, "TargetPath": "stolen.gif" }""");

        var result = await fixture.Site.ImportRecipeAsync(recipe);

        var warning = Assert.Single(result.Lines, l => l.Contains("refused", StringComparison.Ordinal));
        Assert.StartsWith($"escape step 1 (media): warning: {recipe}: recipe 'escape' step 1 (media), file 1, field SourcePath: '{relative}' refused, it is outside {fixture.Root}", warning, StringComparison.Ordinal);
        Assert.Contains(MediaStep.MediaRootKey, warning, StringComparison.Ordinal);
        Assert.DoesNotContain(await AssetsAsync(), a => a.OriginalName == "stolen.gif");
    }

    [Fact]
    public async Task A_missing_file_or_a_non_image_is_a_warning_and_the_rest_of_the_recipe_imports()
    {
        var recipes = fixture.NewFolder("notes", "Recipes");
        await File.WriteAllBytesAsync(Path.Combine(recipes, "notes.txt"), TestImages.Text);
        await File.WriteAllBytesAsync(Path.Combine(recipes, "square.gif"), TestImages.Gif);
        var recipe = await WriteRecipeAsync(recipes, "partial",
            """{ "SourcePath": "gone.png", "TargetPath": "gone.png" }""",
            """{ "SourcePath": "notes.txt", "TargetPath": "notes.txt" }""",
            """{ "SourcePath": "square.gif", "TargetPath": "square.gif" }""");

        var result = await fixture.Site.ImportRecipeAsync(recipe);

        Assert.Contains(result.Lines, l => l.Contains("file 1, field SourcePath: 'gone.png' not found", StringComparison.Ordinal));
        Assert.Contains(result.Lines, l => l.Contains("file 2 (notes.txt) not imported: it is not a PNG, JPEG, WebP or GIF image", StringComparison.Ordinal));
        Assert.Contains("partial step 1 (media): 1 media files imported, 0 already there", result.Lines);
        Assert.Contains(await AssetsAsync(), a => a.OriginalName == "square.gif");
    }

    [Fact]
    public async Task Orchards_agency_recipe_reads_its_theme_wwwroot_when_the_operator_allows_the_theme_folder()
    {
        // Orchard's layout: TheAgencyTheme/Recipes/agency.recipe.json naming ../wwwroot/assets/img/…; one image present.
        var recipes = fixture.NewFolder("TheAgencyTheme", "Recipes");
        var recipe = Path.Combine(recipes, "agency.recipe.json");
        File.Copy(Fixture.Path("Orchard/Agency/agency.recipe.json"), recipe);
        Directory.CreateDirectory(Path.Combine(recipes, "Snippets"));
        foreach (var snippet in Directory.GetFiles(Path.Combine(Path.GetDirectoryName(Fixture.Path("Orchard/Agency/agency.recipe.json"))!, "Snippets")))
        {
            File.Copy(snippet, Path.Combine(recipes, "Snippets", Path.GetFileName(snippet)));
        }

        var image = Path.Combine(recipes, "..", "wwwroot", "assets", "img", "about", "1.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(image)!);
        await File.WriteAllBytesAsync(image, TestImages.Png);

        var result = await fixture.Site.ImportRecipeAsync(recipe);

        Assert.Contains(await AssetsAsync(), a => a.OriginalName == "about/1.jpg");
        Assert.Contains(result.Lines, l => l.Contains("file 2, field SourcePath: '../wwwroot/assets/img/about/2.jpg' not found", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Lines, l => l.Contains("refused", StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<MediaAsset>> AssetsAsync()
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MediaLibrary>().ListAssetsAsync();
    }

    private static async Task<string> WriteRecipeAsync(string folder, string name, params string[] files)
    {
        var path = Path.Combine(folder, name + ".recipe.json");
        await File.WriteAllTextAsync(path, $$"""{ "name": "{{name}}", "steps": [ { "name": "media", "Files": [ {{string.Join(", ", files)}} ] } ] }""");
        return path;
    }

    /// <summary>A site whose <c>Recipes:MediaRoot</c> is a fresh folder; each test makes its own theme folder in it.</summary>
    public sealed class MediaRootFixture : IAsyncLifetime, IDisposable
    {
        private readonly TempFolder _root = new("familybridge-media-root");
        private readonly TempFolder _outside = new("familybridge-media-outside");
        private SiteFactory? _site;

        public SiteFactory Site => _site ?? throw new InvalidOperationException("The site has not started.");

        public string Root => _root.Path;

        public string NewFolder(string theme, string child)
        {
            var path = _root.Combine(theme + "-" + Guid.NewGuid().ToString("N")[..8], child);
            Directory.CreateDirectory(path);
            return path;
        }

        public string NewOutsideFile(byte[] content)
        {
            var path = _outside.Combine(Guid.NewGuid().ToString("N") + ".gif");
            File.WriteAllBytes(path, content);
            return path;
        }

        public async Task InitializeAsync() =>
            _site = await SiteFactory.StartAsync(settings: new Dictionary<string, string?> { [MediaStep.MediaRootKey] = _root.Path });

        public async Task DisposeAsync()
        {
            if (_site is not null)
            {
                await _site.DisposeAsync();
            }
        }

        public void Dispose()
        {
            _root.Dispose();
            _outside.Dispose();
        }
    }
}
