using FamilyBridge.ContentManagement.Models;
using Microsoft.AspNetCore.Html;

namespace FamilyBridge.Theme.Display;

/// <summary>
/// Markup of a published item that is the same for every reader (a lesson's text, sources and neighbours), rendered
/// once per item version and language and then reused, so a signed-in reader's page, which the output cache cannot
/// serve, renders only what is theirs. A fragment must never hold anything about the reader or the request.
/// </summary>
public interface IContentFragmentCache
{
    /// <summary>The stored markup of <paramref name="fragment"/> for <paramref name="item"/>, or what <paramref name="render"/> draws.</summary>
    Task<IHtmlContent> GetOrRenderAsync(ContentItem item, string fragment, Func<Task<IHtmlContent>> render);
}
