namespace FamilyBridge.Search.Models;

public sealed record SearchResults
{
    /// <summary>The query as it was searched (trimmed and capped), for the search box.</summary>
    public required string Query { get; init; }

    public required int Total { get; init; }

    public required int Page { get; init; }

    public required int PageSize { get; init; }

    public required IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>Modules holding results for the query (with the type filter applied).</summary>
    public IReadOnlyList<FacetValue> Modules { get; init; } = [];

    /// <summary>Content types holding results for the query (with the module filter applied).</summary>
    public IReadOnlyList<FacetValue> Types { get; init; } = [];

    public string? Module { get; init; }

    public string? Type { get; init; }

    /// <summary>True when exact words found little and near spellings were searched too.</summary>
    public bool UsedTypoTolerance { get; init; }

    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public bool IsEmptyQuery => Query.Length == 0;
}
