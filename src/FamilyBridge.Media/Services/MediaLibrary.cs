using System.Globalization;
using System.Security.Cryptography;
using FamilyBridge.Core.Hosting;
using FamilyBridge.Media.Data;
using FamilyBridge.Media.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Media.Services;

/// <summary>Stores, lists and deletes images: metadata in the database, bytes under App_Data/media (or <c>Media:Path</c>).</summary>
public sealed class MediaLibrary(MediaDbContext db, AppDataPaths paths, IOptions<MediaOptions> options, TimeProvider clock) : IMediaLibrary
{
    public const string UrlPrefix = "/media/";

    public async Task<IReadOnlyList<MediaAssetSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        [.. (await ListAssetsAsync(cancellationToken)).Select(ToSummary)];

    public async Task<IReadOnlyList<MediaAsset>> ListAssetsAsync(CancellationToken cancellationToken = default) =>
        await db.Assets.AsNoTracking().OrderByDescending(a => a.UploadedUtc).ThenBy(a => a.Id).ToListAsync(cancellationToken);

    public Task<MediaAsset?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        db.Assets.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<MediaAsset?> FindByFileNameAsync(string fileName, CancellationToken cancellationToken = default) =>
        db.Assets.AsNoTracking().FirstOrDefaultAsync(a => a.FileName == fileName, cancellationToken);

    /// <summary>A file a recipe imported, by its Orchard media path ("about/1.jpg").</summary>
    public Task<MediaAsset?> FindImportedAsync(string mediaPath, CancellationToken cancellationToken = default) =>
        db.Assets.AsNoTracking().FirstOrDefaultAsync(a => a.UploadedByUserId == RecipeMediaStore.ImportedBy && a.OriginalName == mediaPath, cancellationToken);

    public string GetFilePath(MediaAsset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return Path.Combine(MediaFolder, asset.FileName);
    }

    private string MediaFolder => options.Value.Path is { Length: > 0 } shared
        ? Directory.CreateDirectory(Path.GetFullPath(shared, paths.Root)).FullName
        : paths.GetFolder("media");

    /// <summary>Checks and stores an upload. Nothing is written when it is refused.</summary>
    public async Task<MediaUploadResult> UploadAsync(
        Stream content, string? originalName, string? altText, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var alt = altText?.Trim() ?? "";
        if (alt.Length == 0)
        {
            return MediaUploadResult.Refused("Describe the image in the alt text, for people who cannot see it.");
        }

        if (alt.Length > MediaLimits.MaxAltTextLength)
        {
            return MediaUploadResult.Refused($"Keep the alt text to {MediaLimits.MaxAltTextLength} characters or fewer.");
        }

        var max = options.Value.MaxUploadBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max)
            {
                return MediaUploadResult.Refused($"The image is over {FormatSize(max)}. Save it smaller (for example 1600 pixels wide) and try again.");
            }
        }

        if (buffer.Length == 0)
        {
            return MediaUploadResult.Refused("The file is empty. Choose an image file.");
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var header = bytes[..Math.Min(bytes.Length, ImageSniffer.HeaderLength)];
        var format = ImageSniffer.Detect(header);
        if (format is null)
        {
            return MediaUploadResult.Refused(ImageSniffer.LooksLikeSvg(header)
                ? "SVG images are not accepted, because they can carry script. Save the image as PNG and upload that."
                : "This file is not a PNG, JPEG, WebP or GIF image. We check what is inside the file, not its name.");
        }

        var id = Guid.NewGuid().ToString("N");
        var asset = new MediaAsset
        {
            Id = id,
            FileName = id + format.Extension,
            ContentType = format.ContentType,
            Length = bytes.Length,
            AltText = alt,
            OriginalName = CleanOriginalName(originalName),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            UploadedByUserId = userId,
            UploadedUtc = clock.GetUtcNow().UtcDateTime,
        };

        var path = GetFilePath(asset);
        await File.WriteAllBytesAsync(path, buffer.ToArray(), cancellationToken);
        try
        {
            db.Assets.Add(asset);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        return new MediaUploadResult(asset, null);
    }

    public async Task DeleteAsync(MediaAsset asset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(asset);
        await db.Assets.Where(a => a.Id == asset.Id).ExecuteDeleteAsync(cancellationToken);
        File.Delete(GetFilePath(asset));
    }

    public static MediaAssetSummary ToSummary(MediaAsset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return new MediaAssetSummary(
            asset.Id,
            UrlPrefix + asset.FileName,
            asset.AltText,
            asset.ContentType,
            asset.Length,
            DateTime.SpecifyKind(asset.UploadedUtc, DateTimeKind.Utc));
    }

    /// <summary>"820 KB", "4.2 MB".</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(bytes / 1024.0):0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
    };

    private static string? CleanOriginalName(string? name)
    {
        var file = Path.GetFileName(name?.Trim() ?? "");
        if (file.Length == 0)
        {
            return null;
        }

        return file.Length > MediaLimits.MaxOriginalNameLength ? file[..MediaLimits.MaxOriginalNameLength] : file;
    }
}
