namespace FamilyBridge.Media.Models;

/// <summary>One uploaded image: the file on disk is <see cref="FileName"/> under App_Data/media.</summary>
public sealed class MediaAsset
{
    public required string Id { get; set; }

    /// <summary>A random name with the extension of the detected type, e.g. <c>3f2a….png</c>; also the URL's last segment.</summary>
    public required string FileName { get; set; }

    /// <summary>Decided from the file's first bytes, never from its name or the browser's claim.</summary>
    public required string ContentType { get; set; }

    public long Length { get; set; }

    public required string AltText { get; set; }

    /// <summary>The name the file had on the uploader's computer, shown to help editors find it.</summary>
    public string? OriginalName { get; set; }

    /// <summary>SHA-256 of the bytes, hex: the ETag readers' browsers revalidate with.</summary>
    public required string Sha256 { get; set; }

    public required string UploadedByUserId { get; set; }

    public DateTime UploadedUtc { get; set; }
}
