namespace FamilyBridge.Discovery.Models;

/// <summary>The head tags' model: the page's metadata with every address made absolute.</summary>
public sealed record PageMetadataView(
    PageMetadata Metadata,
    string SiteName,
    string CanonicalUrl,
    string ImageUrl,
    string FeedUrl,
    string? JsonLd);
