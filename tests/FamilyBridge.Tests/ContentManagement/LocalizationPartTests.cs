using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.ContentManagement;

/// <summary>
/// Orchard's LocalizationPart as a typed part: the shipped setup imports each Spanish item as its own content item,
/// linked to its English twin by LocalizationSet, and an export carries the part in Orchard's shape.
/// </summary>
public sealed class LocalizationPartTests
{
    private const string EnglishLessonPath = "understanding-substance-use/what-a-substance-use-disorder-is";
    private const string SpanishLessonPath = "es/entender-el-consumo-de-sustancias/que-es-un-trastorno-por-consumo";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_setup_imports_the_spanish_lesson_as_its_own_item_and_each_twin_finds_the_other_by_localization_set(DatabaseProvider provider)
    {
        await using var host = await ContentTestHost.CreateAsync(provider);
        await host.RunAsync(sp => sp.GetRequiredService<IContentSetup>().EnsureSetUpAsync(CancellationToken.None));

        await host.RunAsync(async sp =>
        {
            var query = sp.GetRequiredService<IContentQuery>();
            var localizations = sp.GetRequiredService<IContentLocalizations>();
            var english = (await query.GetPublishedByPathAsync(EnglishLessonPath))!;
            var spanish = (await query.GetPublishedByPathAsync(SpanishLessonPath))!;

            Assert.NotEqual(english.ContentItemId, spanish.ContentItemId);
            Assert.Equal(new LocalizationPart(LocalizationPart.Of(english)!.LocalizationSet, "es"), LocalizationPart.Of(spanish));
            Assert.Equal(spanish.ContentItemId, (await localizations.GetTwinAsync(english, "es", VersionOptions.Published))?.ContentItemId);
            Assert.Equal(english.ContentItemId, (await localizations.GetTwinAsync(spanish, "en", VersionOptions.Published))?.ContentItemId);
            Assert.Equal(
                [english.ContentItemId, spanish.ContentItemId],
                (await localizations.GetSetAsync(LocalizationPart.Of(english)!.LocalizationSet, VersionOptions.Published)).Select(i => i.ContentItemId).Order());
        });
    }

    [Fact]
    public void An_item_without_a_part_or_with_half_a_part_has_no_localization_and_is_in_the_default_culture()
    {
        var none = ContentItem.Parse("""{ "ContentItemId": "a", "ContentType": "Page" }""");
        var half = ContentItem.Parse("""{ "ContentItemId": "b", "ContentType": "Page", "LocalizationPart": { "Culture": "es" } }""");
        var mexican = ContentItem.Parse("""{ "ContentItemId": "c", "ContentType": "Page", "LocalizationPart": { "LocalizationSet": "s", "Culture": "es-MX" } }""");

        Assert.Null(LocalizationPart.Of(none));
        Assert.Null(LocalizationPart.Of(half));
        Assert.Equal("en", LocalizationPart.CultureOf(none, "en"));
        Assert.True(LocalizationPart.IsIn(mexican, "es", "en"));
        Assert.False(LocalizationPart.IsIn(mexican, "en", "en"));
    }

    [Fact]
    public async Task An_export_writes_localization_part_in_orchards_shape_and_importing_it_elsewhere_keeps_set_and_culture()
    {
        await using var source = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        await source.RunAsync(sp => sp.GetRequiredService<IContentSetup>().EnsureSetUpAsync(CancellationToken.None));
        var file = Path.Combine(source.FolderPath, "export.recipe.json");
        await source.RunAsync(async sp =>
        {
            await using var output = File.Create(file);
            await sp.GetRequiredService<IRecipeExporter>().ExportAsync(output, CancellationToken.None);
        });
        var exported = await File.ReadAllTextAsync(file);

        await using var target = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);
        await target.ImportFileAsync(file);

        Assert.Contains("\"LocalizationPart\"", exported, StringComparison.Ordinal);
        await target.RunAsync(async sp =>
        {
            var query = sp.GetRequiredService<IContentQuery>();
            var spanish = (await query.GetPublishedByPathAsync(SpanishLessonPath))!;
            var english = (await query.GetPublishedByPathAsync(EnglishLessonPath))!;
            Assert.Equal("es", LocalizationPart.Of(spanish)?.Culture);
            Assert.Equal(LocalizationPart.Of(english)?.LocalizationSet, LocalizationPart.Of(spanish)?.LocalizationSet);
        });
    }
}
