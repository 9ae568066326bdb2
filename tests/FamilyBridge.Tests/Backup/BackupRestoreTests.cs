using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Backup.Models;
using FamilyBridge.Backup.Services;
using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Data;
using FamilyBridge.Core.Hosting;
using FamilyBridge.Media.Services;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Editor;
using FamilyBridge.Tests.Infrastructure;
using FamilyBridge.Tests.Media;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Tests.Backup;

/// <summary>
/// The proof that a backup is worth having: taken by the real executable while the real site takes writes, restored
/// into an empty folder (and database), and then found whole by a site started on it.
/// </summary>
public sealed class BackupRestoreTests
{
    [Theory]
    [InlineData(SiteDatabase.Sqlite)]
    [InlineData(SiteDatabase.Postgres)]
    public async Task A_backup_taken_while_the_site_writes_restores_every_row_and_file_and_old_cookies_and_links_still_work(SiteDatabase database)
    {
        using var archiveFolder = new TempFolder("familybridge-backup");
        var archive = archiveFolder.Combine("site.zip");
        await using var source = await SiteFactory.StartAsync(database, AccountTestData.GenerousLimits);
        var written = await WriteThroughTheSiteAsync(source);

        // Updates keep arriving over HTTP while the backup runs in its own process.
        using var stopWriting = new CancellationTokenSource();
        var concurrent = new ConcurrentQueue<string>();
        var writer = KeepPostingAsync(written.Owner, written.CircleId, concurrent, stopWriting.Token);
        await WaitUntilAsync(() => !concurrent.IsEmpty);
        var doneBeforeBackup = concurrent.ToArray();
        var backup = await SiteCommand.RunAsync(SiteCommand.SettingsOf(source.AppDataPath, source.PostgresConnectionString), "backup", "create", archive);
        var doneAfterBackup = concurrent.Count;
        await stopWriting.CancelAsync();
        await writer;
        Assert.True(backup.ExitCode == 0, backup.ToString());
        Assert.True(doneAfterBackup > doneBeforeBackup.Length, "No update was written while the backup ran, so this run proves nothing about a live site.");

        var manifest = await ReadManifestAsync(archive);
        Assert.Equal(database.ToString(), manifest.Provider);
        Assert.Contains(manifest.Files.Keys, name => name.StartsWith("keys/", StringComparison.Ordinal));
        Assert.Contains(manifest.Files.Keys, name => name == "media/" + written.MediaFileName);

        // Restore into a fresh folder and, for PostgreSQL, a fresh empty database.
        using var restoredFolder = new TempFolder("familybridge-restored");
        await using var restoredDatabase = database == SiteDatabase.Postgres ? await PostgresDatabase.CreateAsync() : null;
        var restoredSettings = SiteCommand.SettingsOf(restoredFolder.Path, restoredDatabase?.ConnectionString);
        var restore = await SiteCommand.RunAsync(restoredSettings, "backup", "restore", archive);
        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Contains("Search index rebuilt", restore.Output, StringComparison.Ordinal);

        // Counted before any site starts on it: a starting site sends queued mail and may write.
        var counts = await CountRowsAsync(restoredFolder.Path, restoredDatabase?.ConnectionString);
        Assert.Equal(manifest.Tables.Keys.Order(StringComparer.Ordinal), counts.Keys.Order(StringComparer.Ordinal));
        foreach (var (table, rows) in manifest.Tables)
        {
            Assert.True(counts[table] == rows, $"{table}: manifest {rows}, restored database {counts[table]}.");
        }

        Assert.True(manifest.Tables["CircleUpdates"] >= doneBeforeBackup.Length + 1, "The manifest counts fewer updates than were written before the backup.");
        await using var restored = await SiteFactory.StartAsync(
            database, AccountTestData.GenerousLimits, appDataPath: restoredFolder.Path, postgresConnectionString: restoredDatabase?.ConnectionString);

        foreach (var (name, sha) in manifest.Files.Where(f => !f.Key.StartsWith("database/", StringComparison.Ordinal)))
        {
            var path = Path.Combine(restoredFolder.Path, name.Replace('/', Path.DirectorySeparatorChar));
            Assert.True(File.Exists(path), $"{name} was not restored.");
            Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path))));
        }

        // Every update finished before the backup began is in the restored circle.
        string[] restoredNotes;
        await using (var scope = restored.Services.CreateAsyncScope())
        {
            restoredNotes = await scope.ServiceProvider.GetRequiredService<CirclesDbContext>().Updates
                .Where(u => u.CircleId == written.CircleId)
                .OrderByDescending(u => u.CreatedUtc)
                .Select(u => u.Note ?? "")
                .ToArrayAsync();
        }

        Assert.Empty(doneBeforeBackup.Append(written.FirstUpdateNote).Except(restoredNotes));

        // The owner's sign-in cookie from before the backup still opens the circle, which shows its newest update
        // (the page lists the newest 50, and a fast machine posts more than that while the backup runs).
        using var oldBrowser = restored.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var circleRequest = new HttpRequestMessage(HttpMethod.Get, $"/circles/{written.CircleId}");
        circleRequest.Headers.Add("Cookie", written.OwnerCookie);
        var circle = await oldBrowser.SendAsync(circleRequest);
        Assert.Equal(HttpStatusCode.OK, circle.StatusCode);
        Assert.Contains(restoredNotes[0], await circle.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The unsubscribe link emailed before the backup still works: its token is protected by keys that travelled.
        using var recipient = restored.CreateReader();
        var unsubscribe = await recipient.GetAsync(new Uri(written.UnsubscribePath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, unsubscribe.StatusCode);
        Assert.Contains("Stop the emails from Sam?", await unsubscribe.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The lesson, its image and the search index are back.
        using var reader = restored.CreateReader();
        var lesson = await reader.GetAsync(new Uri("/" + written.LessonPath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, lesson.StatusCode);
        Assert.Contains(written.LessonTitle, await lesson.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var image = await reader.GetAsync(new Uri("/media/" + written.MediaFileName, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal(TestImages.Png, await image.Content.ReadAsByteArrayAsync());
        var search = await reader.GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(LessonWord), UriKind.Relative));
        // Titles in results carry <mark> around matched words, so the result is found by its link.
        Assert.Contains($"href=\"/{written.LessonPath}\"", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private const string LessonWord = "Quillwort";

    private sealed record Written(
        Reader Owner, string OwnerCookie, string CircleId, string FirstUpdateNote, string UnsubscribePath,
        string LessonPath, string LessonTitle, string MediaFileName);

    /// <summary>An account, a circle with an update, a confirmed email consent, a published lesson and an image.</summary>
    private static async Task<Written> WriteThroughTheSiteAsync(SiteFactory site)
    {
        var owner = new Reader(site);
        var email = await owner.RegisterAndSignInAsync("Sam Rivera");
        using var secondBrowser = new Reader(site);
        var signIn = await secondBrowser.SignInAsync(email, AccountTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("FamilyBridge.Account", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0]));
        Assert.NotEmpty(cookie);

        var created = await owner.SubmitAsync("/circles", new Dictionary<string, string>
        {
            ["Input.Name"] = "Circle Kestrel-4410",
            ["Input.DisplayName"] = "Sam Rivera",
            ["Input.TimeZoneId"] = "UTC",
        });
        var circleId = created.Headers.Location!.OriginalString.Split('/').Last();
        const string firstNote = "first-update-before-backup-6f1";
        Assert.Equal(HttpStatusCode.Redirect, (await PostUpdateAsync(owner, circleId, firstNote)).StatusCode);

        string ownerId;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            ownerId = (await scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>().FindByEmailAsync(email))!.Id;
            await scope.ServiceProvider.GetRequiredService<ConsentService>().GrantAsync(
                circleId, ownerId, new ConsentGrantInput { RecipientName = "Pat", RecipientEmail = "pat-backup@example.net", Confirmed = true });
        }

        var invitation = await owner.WaitForMailAsync("pat-backup@example.net", "Sam would like to send you updates");
        var unsubscribePath = new Uri(invitation.Headers["List-Unsubscribe"]!.Trim('<', '>')).AbsolutePath;
        var text = invitation.TextBody ?? "";
        var start = text.IndexOf("/email/confirm/", StringComparison.Ordinal);
        var end = text.IndexOfAny([' ', '\r', '\n'], start);
        var confirmPath = text[start..(end < 0 ? text.Length : end)];
        using (var pat = new Reader(site))
        {
            var confirmed = await pat.SubmitAsync(confirmPath, new Dictionary<string, string>());
            Assert.True((int)confirmed.StatusCode is 200 or 302, $"Confirming answered {(int)confirmed.StatusCode}.");
        }

        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(site, SiteRoles.Editor);
        using (editor)
        {
            var title = $"Keeping {LessonWord} notes safe";
            var form = await editor.GetAsync("/admin/content/new/Lesson");
            var module = await FirstModuleIdAsync(site);
            var published = await EditorForm.PostAsync(editor, form, "/admin/content/new/Lesson", "publish", new Dictionary<string, string>
            {
                ["Title"] = title,
                ["Container"] = module,
                ["f.Lesson.Summary"] = "How a family keeps its shared notes safe.",
                ["f.Lesson.EstimatedMinutes"] = "3",
                ["Body"] = "Copies kept in two places are safer than one.",
            });
            var lessonId = EditorForm.EditedId(published);
            var upload = await UploadForm.PostAsync(editor, "/admin/media", "form[enctype='multipart/form-data']",
                new Dictionary<string, string> { ["AltText"] = "A small square" }, "Upload", "square.png", TestImages.Png, "image/png");
            Assert.True((int)upload.StatusCode is 200 or 302, $"Upload answered {(int)upload.StatusCode}.");

            await using var scope = site.Services.CreateAsyncScope();
            var item = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(lessonId, VersionOptions.Published);
            var asset = Assert.Single(await scope.ServiceProvider.GetRequiredService<MediaLibrary>().ListAssetsAsync());
            return new Written(owner, cookie, circleId, firstNote, unsubscribePath, item!.Path!, title, asset.FileName);
        }
    }

    private static async Task<string> FirstModuleIdAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetByTypeAsync("Module", VersionOptions.Published))[0].ContentItemId;
    }

    private static Task<HttpResponseMessage> PostUpdateAsync(Reader owner, string circleId, string note) =>
        owner.SubmitAsync($"/circles/{circleId}", new Dictionary<string, string> { ["Kind"] = "Note", ["Note"] = note }, "form:has(#share-kind)");

    private static async Task KeepPostingAsync(Reader owner, string circleId, ConcurrentQueue<string> done, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var note = $"concurrent-update-{i:D4}";
            var response = await PostUpdateAsync(owner, circleId, note);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            done.Enqueue(note);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition was not met in 30 seconds.");
            await Task.Delay(20);
        }
    }

    /// <summary>Rows per table in a restored site's database, read without starting a site on it.</summary>
    internal static Task<IReadOnlyDictionary<string, long>> CountRowsAsync(string appDataPath, string? postgresConnectionString)
    {
        var connection = new DatabaseConnection(
            Options.Create(new DatabaseOptions
            {
                Provider = postgresConnectionString is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres,
                ConnectionString = postgresConnectionString,
            }),
            new AppDataPaths(Options.Create(new AppDataOptions { Path = appDataPath }), new HostingEnvironment { ContentRootPath = appDataPath }));
        IDatabaseBackup database = postgresConnectionString is null
            ? new SqliteDatabaseBackup(connection)
            : new PostgresDatabaseBackup(connection, new PostgresTools(Options.Create(new BackupOptions())));
        return database.CountRowsAsync(CancellationToken.None);
    }

    internal static async Task<BackupManifest> ReadManifestAsync(string archive)
    {
        await using var zip = await ZipFile.OpenReadAsync(archive);
        await using var stream = await zip.GetEntry(BackupManifest.EntryName)!.OpenAsync();
        using var text = new StreamReader(stream);
        return BackupManifest.FromJson(await text.ReadToEndAsync())!;
    }
}
