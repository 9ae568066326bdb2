using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewEngines;

namespace FamilyBridge.Theme.Display;

/// <summary>
/// Picks the template for a content item with Orchard Core's naming, most specific first:
/// <c>Content-{Type}.{DisplayType}</c>, <c>Content.{DisplayType}</c>, <c>Content-{Type}</c>, <c>Content</c>.
/// A theme overrides a type's look by adding a file; nothing is registered.
/// </summary>
public sealed class ContentTemplateResolver(ICompositeViewEngine viewEngine)
{
    public static IReadOnlyList<string> Candidates(string contentType, string displayType) =>
    [
        $"Content-{contentType}.{displayType}",
        $"Content.{displayType}",
        $"Content-{contentType}",
        "Content",
    ];

    /// <summary>The first candidate the view engine finds (its view-name, for <c>PartialAsync</c>).</summary>
    public string Resolve(ActionContext actionContext, string contentType, string displayType)
    {
        ArgumentNullException.ThrowIfNull(actionContext);
        foreach (var name in Candidates(contentType, displayType))
        {
            if (viewEngine.FindView(actionContext, name, isMainPage: false).Success)
            {
                return name;
            }
        }

        throw new InvalidOperationException(
            $"No content template for {contentType} ({displayType}); the theme must at least have Content.cshtml.");
    }
}
