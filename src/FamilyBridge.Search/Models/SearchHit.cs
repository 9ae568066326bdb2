namespace FamilyBridge.Search.Models;

public sealed record SearchHit
{
    public required string ContentItemId { get; init; }

    public required string ContentType { get; init; }

    public required HighlightedText Title { get; init; }

    /// <summary>Site-relative URL, starting with a slash.</summary>
    public required string Url { get; init; }

    public string? ModuleTitle { get; init; }

    public string? ModuleKey { get; init; }

    public required HighlightedText Snippet { get; init; }

    public float Score { get; init; }
}
