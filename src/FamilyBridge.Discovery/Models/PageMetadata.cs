namespace FamilyBridge.Discovery.Models;

/// <summary>
/// What the layout's head says about a page: the canonical address, the description search engines and share
/// previews show, Open Graph, and the JSON-LD that names the page's kind, dates and publisher.
/// </summary>
public sealed record PageMetadata
{
    /// <summary>Where a controller or view may put a <see cref="PageMetadata"/> for the page it renders.</summary>
    public const string ViewDataKey = "FamilyBridge.PageMetadata";

    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>Site-relative path ("/", "/understanding/what-is-sud"); made absolute when rendered.</summary>
    public required string Path { get; init; }

    /// <summary>Open Graph type: <c>website</c> or <c>article</c>.</summary>
    public string OpenGraphType { get; init; } = "website";

    /// <summary>schema.org type for JSON-LD (<c>MedicalWebPage</c>, <c>Article</c>), or null for none.</summary>
    public string? SchemaType { get; init; }

    public DateTime? PublishedUtc { get; init; }

    public DateTime? ModifiedUtc { get; init; }

    /// <summary>When editors last checked the page against its sources.</summary>
    public DateTime? LastReviewedUtc { get; init; }
}
