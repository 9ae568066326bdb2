namespace FamilyBridge.Media.Models;

/// <summary>One uploaded image as an editor picks it.</summary>
/// <param name="Url">Site-relative address readers load it from, e.g. <c>/media/3f2a….png</c>.</param>
/// <param name="AltText">Required at upload: what the image shows, for people who cannot see it.</param>
public sealed record MediaAssetSummary(string Id, string Url, string AltText, string ContentType, long Length, DateTime UploadedUtc)
{
    /// <summary>The Markdown that shows this image in a lesson.</summary>
    public string MarkdownSnippet => $"![{AltText.Replace("]", "\\]", StringComparison.Ordinal)}]({Url})";
}
