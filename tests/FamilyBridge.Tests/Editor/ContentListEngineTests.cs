using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Data;
using FamilyBridge.Tests.ContentManagement;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Editor;

/// <summary>The engine additions the editor needs (admin list, trash, restore, order, path check), on each provider.</summary>
public abstract class ContentListEngineTests
{
    protected abstract DatabaseProvider Provider { get; }

    [Fact]
    public async Task The_admin_list_filters_by_status_owner_list_and_title_and_the_trash_restores()
    {
        await using var host = await ContentTestHost.CreateAsync(Provider);
        await ContentEngineTests.DefineTypesAsync(host);
        var published = await CreateAsync(host, "Boundaries that hold", "boundaries", "ana", "module-1", publish: true);
        var draft = await CreateAsync(host, "Talking kindly", "talking", "ben", null, publish: false);
        var edited = await CreateAsync(host, "Safer home", "safer-home", "ana", null, publish: true);
        var trashed = await CreateAsync(host, "Old lesson", "old", "ana", null, publish: true);
        await host.RunAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var latest = (await manager.GetAsync(edited, VersionOptions.Latest))!;
            latest.GetOrCreatePart("TitlePart")["Title"] = "Safer home, revised";
            latest.DisplayText = "Safer home, revised";
            await manager.SaveDraftAsync(latest);
            await manager.RemoveAsync(trashed);
        });

        Assert.Equal(new[] { edited, draft, published }.Order(), (await ListAsync(host, new ContentListFilter())).Order());
        Assert.Equal(new[] { draft, edited }.Order(), (await ListAsync(host, new ContentListFilter { Status = ContentListStatus.Draft })).Order());
        Assert.Equal(new[] { edited, published }.Order(), (await ListAsync(host, new ContentListFilter { Status = ContentListStatus.Published })).Order());
        Assert.Equal([trashed], await ListAsync(host, new ContentListFilter { Status = ContentListStatus.Trash }));
        Assert.Equal([draft], await ListAsync(host, new ContentListFilter { Owner = "ben" }));
        Assert.Equal([published], await ListAsync(host, new ContentListFilter { ListContentItemId = "module-1" }));
        Assert.Equal([published], await ListAsync(host, new ContentListFilter { Search = "BOUNDARIES" }));

        var page = await host.RunAsync(sp => sp.GetRequiredService<IContentQuery>().ListAsync(new ContentListFilter { PageSize = 2 }));
        Assert.Equal(3, page.Total);
        Assert.Equal(2, page.PageCount);
        Assert.Equal(2, page.Items.Count);
        var editedRow = (await host.RunAsync(sp => sp.GetRequiredService<IContentQuery>().ListAsync(new ContentListFilter { Search = "safer" }))).Items.Single();
        Assert.True(editedRow.HasPublished);
        Assert.True(editedRow.HasDraft);
        Assert.Equal("Safer home, revised", editedRow.DisplayText);

        var restored = await host.RunAsync(sp => sp.GetRequiredService<IContentManager>().RestoreAsync(trashed));
        Assert.NotNull(restored);
        Assert.True(restored.Latest);
        Assert.False(restored.Published);
        Assert.Empty(await ListAsync(host, new ContentListFilter { Status = ContentListStatus.Trash }));
        Assert.Contains(trashed, await ListAsync(host, new ContentListFilter { Status = ContentListStatus.Draft }));
        Assert.Null(await host.RunAsync(sp => sp.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("old")));
    }

    [Fact]
    public async Task An_old_version_comes_back_as_a_new_draft_and_the_published_one_stays()
    {
        await using var host = await ContentTestHost.CreateAsync(Provider);
        await ContentEngineTests.DefineTypesAsync(host);
        var id = await CreateAsync(host, "First words", "words", "ana", "module-1", publish: true);
        var firstVersion = (await host.RunAsync(sp => sp.GetRequiredService<IContentManager>().GetVersionsAsync(id)))[0].ContentItemVersionId;
        await host.RunAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var latest = (await manager.GetAsync(id, VersionOptions.Latest))!;
            latest.GetOrCreatePart("TitlePart")["Title"] = "Second words";
            await manager.SaveDraftAsync(latest);
            await manager.PublishAsync(id);
        });

        var restored = await host.RunAsync(sp => sp.GetRequiredService<IContentManager>().RestoreVersionAsync(firstVersion));

        var (versions, published, taken, free) = await host.RunAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var query = sp.GetRequiredService<IContentQuery>();
            return (await manager.GetVersionsAsync(id), await manager.GetAsync(id, VersionOptions.Published),
                await query.IsPathTakenAsync("/Words/", "someone-else"), await query.IsPathTakenAsync("words", id));
        });
        Assert.NotNull(restored);
        Assert.Equal("First words", restored.Title);
        Assert.Equal(3, versions.Count);
        Assert.Equal("First words", versions[^1].Title);
        Assert.True(versions[^1].Latest);
        Assert.Equal("Second words", published!.Title);
        Assert.True(taken);
        Assert.False(free);
    }

    [Fact]
    public async Task Setting_the_order_changes_the_published_and_latest_lists_without_a_new_version()
    {
        await using var host = await ContentTestHost.CreateAsync(Provider);
        await ContentEngineTests.DefineTypesAsync(host);
        var first = await CreateAsync(host, "One", "one", "ana", "module-1", publish: true, order: 0);
        var second = await CreateAsync(host, "Two", "two", "ana", "module-1", publish: true, order: 1);

        await host.RunAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            await manager.SetOrderAsync(first, 1);
            await manager.SetOrderAsync(second, 0);
        });

        var (published, latest, versions) = await host.RunAsync(async sp =>
        {
            var query = sp.GetRequiredService<IContentQuery>();
            return (await query.GetListItemsAsync("module-1", VersionOptions.Published), await query.GetListItemsAsync("module-1", VersionOptions.Latest),
                await sp.GetRequiredService<IContentManager>().GetVersionsAsync(first));
        });
        Assert.Equal(["Two", "One"], published.Select(i => i.Title));
        Assert.Equal(["Two", "One"], latest.Select(i => i.Title));
        Assert.Single(versions);
    }

    private static Task<List<string>> ListAsync(ContentTestHost host, ContentListFilter filter) =>
        host.RunAsync(async sp => (await sp.GetRequiredService<IContentQuery>().ListAsync(filter)).Items.Select(i => i.ContentItemId).ToList());

    private static Task<string> CreateAsync(ContentTestHost host, string title, string path, string owner, string? list, bool publish, int order = 0) =>
        host.RunAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var item = await manager.NewAsync("Lesson");
            item.DisplayText = title;
            item.Owner = owner;
            item.GetOrCreatePart("TitlePart")["Title"] = title;
            item.GetOrCreatePart("AutoroutePart")["Path"] = path;
            if (list is not null)
            {
                item.GetOrCreatePart("ContainedPart")["ListContentItemId"] = list;
                item.GetOrCreatePart("ContainedPart")["Order"] = order;
            }

            await manager.CreateAsync(item, publish);
            host.Clock.Advance(TimeSpan.FromMinutes(1));
            return item.ContentItemId;
        });
}
