using FamilyBridge.Search.Models;

namespace FamilyBridge.Search.Services;

/// <summary>Searches published public content. Never throws for what a reader types.</summary>
public interface ISearchService
{
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Every published module, in curriculum order.</summary>
    Task<IReadOnlyList<ModuleLink>> GetModulesAsync(CancellationToken cancellationToken = default);
}
