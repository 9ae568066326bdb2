using System.IO.Compression;
using System.Security.Cryptography;
using FamilyBridge.Backup.Models;

namespace FamilyBridge.Backup.Services;

/// <summary>
/// The archive format: a zip holding <c>manifest.json</c>, <c>database/…</c>, <c>media/…</c> and <c>keys/…</c>.
/// Reading it checks everything before anything is restored, and says exactly what is wrong.
/// </summary>
public static class BackupArchive
{
    public const string MediaPrefix = "media/";
    public const string KeysPrefix = "keys/";

    /// <summary>Adds <paramref name="source"/> as <paramref name="entryName"/> and returns the SHA-256 of the bytes written.</summary>
    public static async Task<string> AddFileAsync(ZipArchive archive, string entryName, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        // Opened before the entry exists, so a file the site deleted meanwhile leaves no empty entry behind.
        await using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var entry = archive.CreateEntry(entryName, CompressionLevel.Fastest);
        await using var output = await entry.OpenAsync(cancellationToken);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Opens <paramref name="file"/> and checks its manifest and every checksum; throws <see cref="BackupException"/> naming the fault.</summary>
    public static async Task<BackupManifest> VerifyAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            throw new BackupException($"There is no backup archive at {file}.");
        }

        try
        {
            await using var archive = await ZipFile.OpenReadAsync(file, cancellationToken);
            var manifestEntry = archive.GetEntry(BackupManifest.EntryName)
                ?? throw new BackupException($"{file} has no {BackupManifest.EntryName}: it is not a FamilyBridge backup.");
            BackupManifest manifest;
            await using (var stream = await manifestEntry.OpenAsync(cancellationToken))
            using (var reader = new StreamReader(stream))
            {
                try
                {
                    manifest = BackupManifest.FromJson(await reader.ReadToEndAsync(cancellationToken))
                        ?? throw new BackupException($"{BackupManifest.EntryName} in {file} is empty.");
                }
                catch (System.Text.Json.JsonException e)
                {
                    throw new BackupException($"{BackupManifest.EntryName} in {file} is not valid JSON ({e.Message}).", e);
                }
            }

            if (manifest.Format != BackupManifest.CurrentFormat)
            {
                throw new BackupException($"{file} is in backup format {manifest.Format}; this version reads format {BackupManifest.CurrentFormat}.");
            }

            var problems = new List<string>();
            foreach (var (name, expected) in manifest.Files)
            {
                var entry = archive.GetEntry(name);
                if (entry is null)
                {
                    problems.Add($"{name} is missing");
                    continue;
                }

                var actual = await HashAsync(entry, name, cancellationToken);
                if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{name} does not match its checksum (it was changed or damaged)");
                }
            }

            problems.AddRange(archive.Entries
                .Where(e => e.FullName != BackupManifest.EntryName && !e.FullName.EndsWith('/') && !manifest.Files.ContainsKey(e.FullName))
                .Select(e => $"{e.FullName} is not listed in the manifest"));
            if (problems.Count > 0)
            {
                throw new BackupException($"{file} failed its checks, so nothing was restored: {string.Join("; ", problems)}.");
            }

            return manifest;
        }
        catch (InvalidDataException e)
        {
            throw new BackupException($"{file} is damaged or truncated (not a complete zip archive: {e.Message}). Nothing was restored.", e);
        }
    }

    /// <summary>Writes every entry under <paramref name="prefix"/> into <paramref name="folder"/>, refusing paths that climb out.</summary>
    public static async Task ExtractFolderAsync(ZipArchive archive, string prefix, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal) && !e.FullName.EndsWith('/')))
        {
            var target = Path.GetFullPath(Path.Combine(folder, entry.FullName[prefix.Length..]));
            if (!target.StartsWith(root, StringComparison.Ordinal))
            {
                throw new BackupException($"{entry.FullName} points outside {folder}; the archive was not made by FamilyBridge.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await entry.ExtractToFileAsync(target, overwrite: true, cancellationToken);
        }
    }

    private static async Task<string> HashAsync(ZipArchiveEntry entry, string name, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await entry.OpenAsync(cancellationToken);
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        }
        catch (InvalidDataException e)
        {
            throw new BackupException($"{name} cannot be read from the archive ({e.Message}): the archive is damaged or truncated. Nothing was restored.", e);
        }
    }
}
