using FamilyBridge.Media.Services;

namespace FamilyBridge.Tests.Media;

public sealed class ImageSnifferTests
{
    public static TheoryData<byte[], string?> Files { get; } = new()
    {
        { TestImages.Png, "image/png" },
        { TestImages.Gif, "image/gif" },
        { TestImages.JpegHeader, "image/jpeg" },
        { TestImages.WebPHeader, "image/webp" },
        { TestImages.Svg, null },
        { TestImages.Text, null },
        { "RIFF\0\0\0\0WAVEfmt "u8.ToArray(), null },
        { "GIF88a"u8.ToArray(), null },
        { new byte[] { 0x89, 0x50, 0x4E }, null },
        { Array.Empty<byte>(), null },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void The_type_comes_from_the_first_bytes(byte[] bytes, string? contentType)
    {
        Assert.Equal(contentType, ImageSniffer.Detect(bytes)?.ContentType);
    }

    [Fact]
    public void Svg_is_recognised_so_the_refusal_can_say_why()
    {
        Assert.True(ImageSniffer.LooksLikeSvg(TestImages.Svg.AsSpan(0, ImageSniffer.HeaderLength)));
        Assert.True(ImageSniffer.LooksLikeSvg("\uFEFF<?xml version=\"1.0\"?>"u8));
        Assert.False(ImageSniffer.LooksLikeSvg(TestImages.Text));
    }
}
