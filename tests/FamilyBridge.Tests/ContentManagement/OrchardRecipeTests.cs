using FamilyBridge.ContentManagement.Data;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.ContentManagement;

/// <summary>
/// Orchard Core's own current recipes (Fixtures/Orchard, BSD-3-Clause): each imports, a second import changes
/// nothing, and the site exported afterwards imports into an empty site giving the same published content.
/// </summary>
public abstract class OrchardRecipeTests
{
    public static TheoryData<string> Recipes { get; } =
    [
        "Blog/blog.recipe.json",
        "Agency/agency.recipe.json",
        "ComingSoon/comingsoon.recipe.json",
        "SaaS/saas.recipe.json",
        "Headless/headless.recipe.json",
        "TestProjects/migrations.recipe.json",
        "TestProjects/pages.recipe.json",
        "TestProjects/RecipeFiles/recipe1.json",
        "TestProjects/RecipeFiles/recipe2.json",
        "TestProjects/RecipeFiles/recipe4.json",
        "TestProjects/RecipeFiles/recipe5.json",
    ];

    protected abstract DatabaseProvider Provider { get; }

    [Theory]
    [MemberData(nameof(Recipes))]
    public async Task Orchard_recipe_imports_twice_without_change_and_round_trips_through_our_export(string recipe)
    {
        await using var host = await ContentTestHost.CreateAsync(Provider);
        var path = Fixture.Path("Orchard/" + recipe);

        await host.ImportFileAsync(path);
        var counts = await host.CountRowsAsync();
        var documents = await host.StoredDocumentsAsync();
        host.Clock.Advance(TimeSpan.FromHours(2));
        await host.ImportFileAsync(path);

        Assert.Equal(counts, await host.CountRowsAsync());
        Assert.Equal(documents, await host.StoredDocumentsAsync());

        var exported = Path.Combine(host.FolderPath, "export.recipe.json");
        await host.RunAsync(async sp =>
        {
            await using var file = File.Create(exported);
            await sp.GetRequiredService<IRecipeExporter>().ExportAsync(file, CancellationToken.None);
        });
        await using var target = await ContentTestHost.CreateAsync(Provider);
        await target.ImportFileAsync(exported);
        Assert.Equal(await host.PublishedDocumentsAsync(), await target.PublishedDocumentsAsync());
    }

}

public sealed class SqliteOrchardRecipeTests : OrchardRecipeTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresOrchardRecipeTests : OrchardRecipeTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
