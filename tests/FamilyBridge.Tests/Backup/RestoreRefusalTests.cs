using System.IO.Compression;
using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Backup;

/// <summary>One archive of a real site, and the ways a restore must refuse it without touching the target.</summary>
public sealed class RestoreRefusalTests(RestoreRefusalTests.ArchiveFixture fixture) : IClassFixture<RestoreRefusalTests.ArchiveFixture>
{
    [Fact]
    public async Task A_truncated_archive_is_refused_as_truncated_and_nothing_is_written()
    {
        using var target = new TempFolder("familybridge-refused");
        var cut = fixture.Folder.Combine("truncated.zip");
        var bytes = await File.ReadAllBytesAsync(fixture.Archive);
        await File.WriteAllBytesAsync(cut, bytes[..(bytes.Length / 2)]);

        var result = await SiteCommand.RunAsync(SiteCommand.SettingsOf(target.Path, null), "backup", "restore", cut);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is damaged or truncated", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(target.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_archive_with_an_edited_database_is_refused_naming_the_entry()
    {
        using var target = new TempFolder("familybridge-refused");
        var edited = fixture.Folder.Combine("edited.zip");
        File.Copy(fixture.Archive, edited);
        await using (var zip = await ZipFile.OpenAsync(edited, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("database/familybridge.db")!;
            byte[] content;
            await using (var read = await entry.OpenAsync())
            using (var copy = new MemoryStream())
            {
                await read.CopyToAsync(copy);
                content = copy.ToArray();
            }

            content[^1] ^= 0xFF;
            entry.Delete();
            await using var write = await zip.CreateEntry("database/familybridge.db").OpenAsync();
            await write.WriteAsync(content);
        }

        var result = await SiteCommand.RunAsync(SiteCommand.SettingsOf(target.Path, null), "backup", "restore", edited);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("database/familybridge.db does not match its checksum", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(target.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_site_with_data_is_not_replaced_without_force_and_is_with_it()
    {
        using var target = new TempFolder("familybridge-occupied");
        var settings = SiteCommand.SettingsOf(target.Path, null);
        Assert.Equal(0, (await SiteCommand.RunAsync(settings, "backup", "restore", fixture.Archive)).ExitCode);

        var again = await SiteCommand.RunAsync(settings, "backup", "restore", fixture.Archive);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("is not empty", again.Error, StringComparison.Ordinal);
        Assert.Contains("--force", again.Error, StringComparison.Ordinal);

        var forced = await SiteCommand.RunAsync(settings, "backup", "restore", fixture.Archive, "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        var counts = await BackupRestoreTests.CountRowsAsync(target.Path, null);
        Assert.Equal((await BackupRestoreTests.ReadManifestAsync(fixture.Archive)).Tables["ContentItems"], counts["ContentItems"]);
    }

    /// <summary>A started SQLite site backed up once by the real command.</summary>
    public sealed class ArchiveFixture : IAsyncLifetime
    {
        public TempFolder Folder { get; } = new("familybridge-archives");

        public string Archive => Folder.Combine("site.zip");

        public async Task InitializeAsync()
        {
            await using var site = await SiteFactory.StartAsync();
            var result = await SiteCommand.RunAsync(SiteCommand.SettingsOf(site.AppDataPath, null), "backup", "create", Archive);
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        public Task DisposeAsync()
        {
            Folder.Dispose();
            return Task.CompletedTask;
        }
    }
}
