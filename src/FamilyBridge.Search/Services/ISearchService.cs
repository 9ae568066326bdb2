using FamilyBridge.Search.Models;

namespace FamilyBridge.Search.Services;

/// <summary>Searches published public content. Never throws for what a reader types.</summary>
public interface ISearchService
{
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Every published module in one language (a culture name; English when null), in curriculum order.</summary>
    Task<IReadOnlyList<ModuleLink>> GetModulesAsync(string? culture = null, CancellationToken cancellationToken = default);
}
