namespace FamilyBridge.ContentManagement.Models;

/// <summary>What the admin content list asks for. Every criterion left null matches everything.</summary>
public sealed record ContentListFilter
{
    public string? ContentType { get; init; }

    public ContentListStatus Status { get; init; } = ContentListStatus.Any;

    /// <summary>Only items contained in this list (<c>ContainedPart.ListContentItemId</c>), e.g. one module's lessons.</summary>
    public string? ListContentItemId { get; init; }

    /// <summary>Only items this user owns (Authors see their own items only).</summary>
    public string? Owner { get; init; }

    /// <summary>Words in the title (case-insensitive).</summary>
    public string? Search { get; init; }

    /// <summary>Only these items (e.g. the ones with a pending schedule); null for no restriction.</summary>
    public IReadOnlyCollection<string>? ContentItemIds { get; init; }

    /// <summary>Content types never listed, e.g. the ones that only live inside a bag.</summary>
    public IReadOnlyCollection<string>? ExcludedTypes { get; init; }

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 25;
}
