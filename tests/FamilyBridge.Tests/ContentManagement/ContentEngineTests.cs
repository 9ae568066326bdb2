using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Events;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.ContentManagement;

/// <summary>Orchard's version rules, queries and events, run on each database provider.</summary>
public abstract class ContentEngineTests
{
    protected abstract DatabaseProvider Provider { get; }

    [Fact]
    public async Task Creating_a_published_item_makes_one_version_that_is_latest_and_published()
    {
        await using var host = await ContentTestHost.CreateAsync(Provider);
        await DefineTypesAsync(host);

        var item = await host.RunAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var created = await manager.NewAsync("Lesson");
            created.DisplayText = "What enabling looks like";
            created.GetOrCreatePart("TitlePart")["Title"] = "What enabling looks like";
            await manager.CreateAsync(created, publish: true);
            return created;
        });

        var versions = await host.RunAsync(sp => sp.GetRequiredService<IContentManager>().GetVersionsAsync(item.ContentItemId));
        var version = Assert.Single(versions);
        Assert.True(version.Latest);
        Assert.True(version.Published);
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime, version.PublishedUtc);
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime, version.CreatedUtc);
        Assert.Matches("^[0-9abcdefghjkmnpqrstvwxyz]{26}$", version.ContentItemId);
        Assert.Matches("^[0-9abcdefghjkmnpqrstvwxyz]{26}$", version.ContentItemVersionId);
        Assert.NotNull(version.GetPart("TitlePart"));
        Assert.NotNull(version.GetPart("MarkdownBodyPart"));
    }

    [Fact]
    public async Task Editing_a_published_item_makes_a_draft_and_readers_keep_the_published_text()
    {
        await using var host = await ContentTestHost.CreateAsync(Provider);
        await DefineTypesAsync(host);
        var id = await CreateLessonAsync(host, "Boundaries", "boundaries", publish: true);
        host.Clock.Advance(TimeSpan.FromHours(1));

        var draft = await host.RunAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var latest = (await manager.GetAsync(id, VersionOptions.Latest))!;
            latest.GetOrCreatePart("TitlePart")["Title"] = "Boundaries, revised";
            return await manager.SaveDraftAsync(latest);
        });

        var (published, latest, drafted, versions, byPath) = await host.RunAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            return (await manager.GetAsync(id, VersionOptions.Published), await manager.GetAsync(id, VersionOptions.Latest),
                await manager.GetAsync(id, VersionOptions.Draft), await manager.GetVersionsAsync(id),
                await sp.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("boundaries"));
        });
        Assert.Equal(2, versions.Count);
        Assert.Equal("Boundaries", published!.Title);
        Assert.Equal("Boundaries", byPath!.Title);
        Assert.Equal("Boundaries, revised", latest!.Title);
        Assert.Equal(draft.ContentItemVersionId, drafted!.ContentItemVersionId);
        Assert.NotEqual(published.ContentItemVersionId, latest.ContentItemVersionId);
        Assert.False(published.Latest);
        Assert.False(latest.Published);
        Assert.Single(versions, v => v.Latest);
        Assert.Single(versions, v => v.Published);
    }

    [Fact]
    public async Task Saving_a_draft_twice_updates_the_same_draft_version()
    {
        await using var host = await ContentTestHost.CreateAsync(Provider);
        await DefineTypesAsync(host);
        var id = await CreateLessonAsync(host, "Draft lesson", "draft-lesson", publish: false);

        for (var i = 1; i <= 2; i++)
        {
            var title = $"Draft lesson, edit {i}";
            await host.RunAsync(async sp =>
            {
                var manager = sp.GetRequiredService<IContentManager>();
                var item = (await manager.GetAsync(id, VersionOptions.Latest))!;
                item.GetOrCreatePart("TitlePart")["Title"] = title;
                await manager.SaveDraftAsync(item);
            });
        }

        var versions = await host.RunAsync(sp => sp.GetRequiredService<IContentManager>().GetVersionsAsync(id));
        var version = Assert.Single(versions);
        Assert.Equal("Draft lesson, edit 2", version.Title);
        Assert.True(version.Latest);
        Assert.False(version.Published);
        Assert.Null(await host.RunAsync(sp => sp.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("draft-lesson")));
    }

    [Fact]
    public async Task A_second_editor_saving_over_a_newer_save_is_refused_and_the_first_save_kept()
    {
        await using var host = await ContentTestHost.CreateAsync(Provider);
        await DefineTypesAsync(host);
        var id = await CreateLessonAsync(host, "Shared lesson", "shared", publish: false);
        var stamp = (await host.RunAsync(sp => sp.GetRequiredService<IContentManager>().GetConcurrencyStampAsync(id)))!;

        Task<ContentItem> SaveAsync(string title) => host.RunAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var item = (await manager.GetAsync(id, VersionOptions.Latest))!;
            item.GetOrCreatePart("TitlePart")["Title"] = title;
            return await manager.SaveDraftAsync(item, stamp);
        });

        await SaveAsync("First editor's title");
        var error = await Assert.ThrowsAsync<ContentConcurrencyException>(() => SaveAsync("Second editor's title"));

        Assert.Equal("This item was changed by someone else after you opened it. Reload it to see their changes.", error.Message);
        Assert.Equal("First editor's title", (await host.RunAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest)))!.Title);
    }

    [Fact]
    public async Task Publishing_a_draft_leaves_exactly_one_published_version_and_raises_ContentPublished()
    {
        await using var host = await ContentTestHost.CreateAsync(Provider);
        await DefineTypesAsync(host);
        var id = await CreateLessonAsync(host, "First", "lesson", publish: true);
        await host.RunAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var item = (await manager.GetAsync(id, VersionOptions.Latest))!;
            item.GetOrCreatePart("TitlePart")["Title"] = "Second";
            await manager.SaveDraftAsync(item);
        });
        host.Events.Clear();

        await host.RunAsync(sp => sp.GetRequiredService<IContentManager>().PublishAsync(id));

        var versions = await host.RunAsync(sp => sp.GetRequiredService<IContentManager>().GetVersionsAsync(id));
        Assert.Equal(2, versions.Count);
        var current = Assert.Single(versions, v => v.Published);
        Assert.True(current.Latest);
        Assert.Equal("Second", current.Title);
        Assert.False(versions[0].Latest || versions[0].Published);
        Assert.Equal("Second", (await host.RunAsync(sp => sp.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("/Lesson/")))!.Title);
        var published = Assert.Single(host.Events.Of<ContentPublished>());
        Assert.Equal("Second", published.Item.Title);
    }

    [Fact]
    public async Task Unpublishing_hides_the_item_from_readers_but_editors_still_have_it()
    {
        await using var host = await ContentTestHost.CreateAsync(Provider);
        await DefineTypesAsync(host);
        var id = await CreateLessonAsync(host, "Unpublish me", "unpublish-me", publish: true);

        await host.RunAsync(sp => sp.GetRequiredService<IContentManager>().UnpublishAsync(id));

        Assert.Null(await host.RunAsync(sp => sp.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("unpublish-me")));
        var latest = await host.RunAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest));
        Assert.NotNull(latest);
        Assert.False(latest.Published);
        Assert.Equal(id, Assert.Single(host.Events.Of<ContentUnpublished>()).Item.ContentItemId);
    }

    [Fact]
    public async Task Removing_an_item_hides_every_version_and_raises_ContentRemoved()
    {
        await using var host = await ContentTestHost.CreateAsync(Provider);
        await DefineTypesAsync(host);
        var id = await CreateLessonAsync(host, "Remove me", "remove-me", publish: true);

        await host.RunAsync(sp => sp.GetRequiredService<IContentManager>().RemoveAsync(id));

        await host.RunAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            Assert.Null(await manager.GetAsync(id, VersionOptions.Latest));
            Assert.Null(await manager.GetAsync(id, VersionOptions.Published));
            Assert.Null(await sp.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("remove-me"));
            Assert.Empty(await sp.GetRequiredService<IContentQuery>().GetByTypeAsync("Lesson", VersionOptions.Latest));
        });
        var removed = Assert.Single(host.Events.Of<ContentRemoved>());
        Assert.Equal((id, "Lesson"), (removed.ContentItemId, removed.ContentType));
    }

    [Fact]
    public async Task A_document_with_unknown_parts_and_fields_reads_back_unchanged()
    {
        await using var host = await ContentTestHost.CreateAsync(Provider);
        await DefineTypesAsync(host);
        var original = ContentItem.Parse("""
            {"ContentItemId":"4abc0000000000000000000000","ContentItemVersionId":"4abc0000000000000000000001","ContentType":"Lesson",
             "DisplayText":"Naloxone — what it does","Latest":true,"Published":true,
             "ModifiedUtc":"2026-11-23T09:00:00Z","PublishedUtc":"2026-11-23T09:00:00Z","CreatedUtc":"2026-11-23T09:00:00Z",
             "Owner":null,"Author":"FamilyBridge",
             "TitlePart":{"Title":"Naloxone — what it does"},
             "SeoMetaPart":{"PageTitle":"x","Render":true,"Nested":{"Deep":[1,2.50,{"k":null}]}},
             "Lesson":{"Difficulty":{"Value":3.0},"Tags":{"TagNames":["a","b"]},"Picker":{"ContentItemIds":[]}},
             "LocalizationPart":{"LocalizationSet":"xyz","Culture":"en-US"}}
            """);

        await host.RunAsync(sp => sp.GetRequiredService<ContentItemImporter>().ImportAsync(original.Document, CancellationToken.None));

        var stored = await host.RunAsync(sp => sp.GetRequiredService<IContentManager>().GetVersionAsync("4abc0000000000000000000001"));
        Assert.True(JsonNode.DeepEquals(original.Document, stored!.Document), stored.ToJson());
        Assert.Equal(original.ToJson(), stored.ToJson());

        // An editor's save changes versions and dates, never the parts it does not know.
        var saved = await host.RunAsync(sp => sp.GetRequiredService<IContentManager>().SaveDraftAsync(stored));
        var draft = await host.RunAsync(sp => sp.GetRequiredService<IContentManager>().GetVersionAsync(saved.ContentItemVersionId));
        foreach (var part in new[] { "SeoMetaPart", "Lesson", "LocalizationPart", "TitlePart" })
        {
            Assert.True(JsonNode.DeepEquals(original.Document[part], draft!.Document[part]), part);
        }
    }

    [Fact]
    public async Task Queries_find_published_items_by_path_latest_by_id_and_list_items_in_order()
    {
        await using var host = await ContentTestHost.CreateAsync(Provider);
        await DefineTypesAsync(host);
        var moduleId = await host.RunAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var module = await manager.NewAsync("Module");
            module.GetOrCreatePart("TitlePart")["Title"] = "Enabling or supporting?";
            module.GetOrCreatePart("AutoroutePart")["Path"] = "enabling-or-supporting";
            await manager.CreateAsync(module, publish: true);
            foreach (var (title, order, publish) in new[] { ("Third", 2, true), ("First", 0, true), ("Second", 1, true), ("Unpublished", 3, false) })
            {
                var lesson = await manager.NewAsync("Lesson");
                lesson.GetOrCreatePart("TitlePart")["Title"] = title;
                lesson.GetOrCreatePart("AutoroutePart")["Path"] = "enabling-or-supporting/" + title.ToLowerInvariant();
                lesson.GetOrCreatePart("ContainedPart")["ListContentItemId"] = module.ContentItemId;
                lesson.GetOrCreatePart("ContainedPart")["Order"] = order;
                await manager.CreateAsync(lesson, publish);
            }

            return module.ContentItemId;
        });

        await host.RunAsync(async sp =>
        {
            var query = sp.GetRequiredService<IContentQuery>();
            Assert.Equal(["First", "Second", "Third"], (await query.GetListItemsAsync(moduleId, VersionOptions.Published)).Select(i => i.Title));
            Assert.Equal(["First", "Second", "Third", "Unpublished"], (await query.GetListItemsAsync(moduleId, VersionOptions.Latest)).Select(i => i.Title));
            Assert.Equal("Second", (await query.GetPublishedByPathAsync("/Enabling-or-Supporting/Second/"))!.Title);
            Assert.Null(await query.GetPublishedByPathAsync("enabling-or-supporting/unpublished"));
            Assert.Equal("Enabling or supporting?", (await sp.GetRequiredService<IContentManager>().GetAsync(moduleId, VersionOptions.Latest))!.Title);
            Assert.Equal(3, (await query.GetByTypeAsync("Lesson", VersionOptions.Published)).Count);
            Assert.Equal(["Enabling or supporting?"], (await query.GetManyAsync([moduleId, "nosuchid"], VersionOptions.Published)).Select(i => i.Title));
        });
    }

    [Fact]
    public async Task Saving_a_draft_raises_no_event_and_creating_a_draft_raises_none_either()
    {
        await using var host = await ContentTestHost.CreateAsync(Provider);
        await DefineTypesAsync(host);

        var id = await CreateLessonAsync(host, "Quiet", "quiet", publish: false);
        await host.RunAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            await manager.SaveDraftAsync((await manager.GetAsync(id, VersionOptions.Latest))!);
        });

        Assert.Empty(host.Events.All);
    }

    internal static Task DefineTypesAsync(ContentTestHost host) => host.RunAsync(async sp =>
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        await definitions.MergeTypeDefinitionAsync(Type("Module", "TitlePart", "AutoroutePart", "ListPart", "Module"));
        await definitions.MergeTypeDefinitionAsync(Type("Lesson", "TitlePart", "AutoroutePart", "ContainedPart", "MarkdownBodyPart", "Lesson"));
    });

    private static async Task<string> CreateLessonAsync(ContentTestHost host, string title, string path, bool publish) =>
        await host.RunAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var item = await manager.NewAsync("Lesson");
            item.DisplayText = title;
            item.GetOrCreatePart("TitlePart")["Title"] = title;
            item.GetOrCreatePart("AutoroutePart")["Path"] = path;
            await manager.CreateAsync(item, publish);
            return item.ContentItemId;
        });

    private static JsonObject Type(string name, params string[] parts) => new()
    {
        ["Name"] = name,
        ["DisplayName"] = name,
        ["Settings"] = new JsonObject(),
        ["ContentTypePartDefinitionRecords"] = new JsonArray(
            [.. parts.Select((p, i) => (JsonNode)new JsonObject { ["PartName"] = p, ["Name"] = p, ["Settings"] = new JsonObject { ["Position"] = i } })]),
    };
}
