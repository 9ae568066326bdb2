namespace FamilyBridge.Search.Models;

public sealed record SearchRequest
{
    public const int DefaultPageSize = 10;

    /// <summary>What the reader typed, as typed: the service sanitises it.</summary>
    public string? Query { get; init; }

    /// <summary>A module key (the module's path), or null for all modules.</summary>
    public string? Module { get; init; }

    /// <summary>A content type (Lesson, Module, Resource, Page), or null for all.</summary>
    public string? Type { get; init; }

    /// <summary>1-based; out-of-range values are clamped.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>The reader's language (a culture name such as <c>es</c> or <c>es-MX</c>): only pages in it are found. English when null.</summary>
    public string? Culture { get; init; }
}
