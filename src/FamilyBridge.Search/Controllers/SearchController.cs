using System.Globalization;
using FamilyBridge.Core.Hosting;
using FamilyBridge.Search.Models;
using FamilyBridge.Search.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace FamilyBridge.Search.Controllers;

/// <summary>
/// <c>GET /search?q=…&amp;module=…&amp;type=…&amp;page=…</c>: the results page, rendered by the theme, with pages in the
/// reader's language only (<c>/es/search</c> searches the Spanish pages). Anonymous readers' pages come from the
/// output cache (one entry per query string and language), evicted on any content change.
/// </summary>
[Route("search")]
public sealed class SearchController(ISearchService search) : Controller
{
    [HttpGet("")]
    [OutputCache(PolicyName = PublicPageCache.PolicyName, Tags = [PublicPageCache.SearchTag])]
    public async Task<IActionResult> Index(string? q, string? module, string? type, string? page, CancellationToken cancellationToken)
    {
        // page is read as text: "?page=abc" or "?page=99999999999" is a typo, not a 400.
        var pageNumber = int.TryParse(page, out var parsed) ? parsed : 1;
        var culture = CultureInfo.CurrentUICulture.Name;
        var results = await search.SearchAsync(
            new SearchRequest { Query = q, Module = module, Type = type, Page = pageNumber, Culture = culture }, cancellationToken);
        var modules = await search.GetModulesAsync(culture, cancellationToken);
        return View("Index", new SearchPageViewModel(results, modules));
    }
}
