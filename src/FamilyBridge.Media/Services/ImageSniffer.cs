using FamilyBridge.Media.Models;

namespace FamilyBridge.Media.Services;

/// <summary>
/// Tells the image format from a file's first bytes ("magic numbers"). The name and the browser's Content-Type
/// are the uploader's word; the bytes are what a reader's browser will actually parse.
/// </summary>
public static class ImageSniffer
{
    /// <summary>How many bytes <see cref="Detect"/> needs to see.</summary>
    public const int HeaderLength = 16;

    public static readonly ImageFormat Png = new("PNG", "image/png", ".png");
    public static readonly ImageFormat Jpeg = new("JPEG", "image/jpeg", ".jpg");
    public static readonly ImageFormat Gif = new("GIF", "image/gif", ".gif");
    public static readonly ImageFormat WebP = new("WebP", "image/webp", ".webp");

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The format, or null when the bytes are not a PNG, JPEG, GIF or WebP image.</summary>
    public static ImageFormat? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(PngSignature))
        {
            return Png;
        }

        if (header.Length >= 3 && header[0] == 0xFF && header[1] == 0xD8 && header[2] == 0xFF)
        {
            return Jpeg;
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        return null;
    }

    /// <summary>True when the bytes look like SVG or other XML, which can carry script and is refused by name.</summary>
    public static bool LooksLikeSvg(ReadOnlySpan<byte> header)
    {
        var text = System.Text.Encoding.UTF8.GetString(header).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith("<svg", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase);
    }
}
