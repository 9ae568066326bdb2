using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.ContentManagement;

/// <summary>The recipes FamilyBridge ships (copied beside the executable) import through the engine as on a first start.</summary>
public sealed class ShippedRecipesTests
{
    [Fact]
    public async Task The_shipped_setup_recipe_imports_the_whole_curriculum_on_first_start()
    {
        await using var host = await ContentTestHost.CreateAsync(DatabaseProvider.Sqlite);

        await host.RunAsync(sp => sp.GetRequiredService<IContentSetup>().EnsureSetUpAsync(CancellationToken.None));
        var counts = await host.CountRowsAsync();
        await host.RunAsync(sp => sp.GetRequiredService<IContentSetup>().EnsureSetUpAsync(CancellationToken.None));

        Assert.Equal(counts, await host.CountRowsAsync());
        await host.RunAsync(async sp =>
        {
            var query = sp.GetRequiredService<IContentQuery>();
            var modules = await query.GetByTypeAsync("Module", VersionOptions.Published);
            Assert.NotEmpty(modules);
            foreach (var module in modules)
            {
                Assert.Equal(module.ContentItemId, (await query.GetPublishedByPathAsync(module.Path!))?.ContentItemId);
                var lessons = await query.GetListItemsAsync(module.ContentItemId, VersionOptions.Published);
                Assert.NotEmpty(lessons);
                foreach (var lesson in lessons)
                {
                    Assert.Equal(lesson.ContentItemId, (await query.GetPublishedByPathAsync(lesson.Path!))?.ContentItemId);
                }
            }

            Assert.NotEmpty(await query.GetByTypeAsync("Resource", VersionOptions.Published));
        });
    }
}
