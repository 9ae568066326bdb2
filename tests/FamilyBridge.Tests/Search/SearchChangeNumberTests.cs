using FamilyBridge.ContentManagement.Data;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Search.Indexing;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Search;

/// <summary>Content changes are numbered with the change itself, and the index follows and trusts those numbers.</summary>
public sealed class SearchChangeNumberTests
{
    [Fact]
    public async Task Publishing_writes_a_numbered_change_for_the_item_and_the_index_records_that_number()
    {
        using var appData = new TempFolder("familybridge-search-site");
        await using var site = await ContentSite.StartAsync(appData.Path);
        var before = (await ChangesAsync(site)).Count;

        await site.CreateAsync(SearchContent.Page("page-numbers", "Numbered page", "numbered", "Every change has a number."), publish: true);

        var changes = await ChangesAsync(site);
        Assert.Equal(before + 1, changes.Count);
        Assert.Equal(("page-numbers", "Page"), (changes[^1].ContentItemId, changes[^1].ContentType));
        Assert.Equal(changes[^1].Id, site.Services.GetRequiredService<SearchIndex>().ChangeNumber);
        Assert.Equal(["Numbered page"], await site.TitlesAsync("number"));
    }

    [Fact]
    public async Task An_index_numbered_ahead_of_the_database_is_rebuilt_at_start_up()
    {
        using var appData = new TempFolder("familybridge-search-site");
        await using (var site = await ContentSite.StartAsync(appData.Path))
        {
            await site.CreateAsync(SearchContent.Page("page-ahead", "Restored page", "restored", "Back from a backup."), publish: true);
        }

        // What a database restored from an older backup looks like to an index that saw later changes.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(appData.Path, "familybridge.db")}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM ContentChanges";
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        await using var restarted = await ContentSite.StartAsync(appData.Path);
        // The start-up check runs in the background; this queues behind it (or does its work first, the same way).
        await restarted.Services.GetRequiredService<SearchIndexSync>().EnsureAsync(CancellationToken.None);

        Assert.Equal(0, restarted.Services.GetRequiredService<SearchIndex>().ChangeNumber);
        Assert.Equal(["Restored page"], await restarted.TitlesAsync("backup"));
    }

    private static Task<List<ContentChangeRecord>> ChangesAsync(ContentSite site) =>
        site.InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().ContentChanges.AsNoTracking().OrderBy(c => c.Id).ToListAsync());
}
