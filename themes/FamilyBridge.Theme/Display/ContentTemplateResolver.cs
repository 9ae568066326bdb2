using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewEngines;

namespace FamilyBridge.Theme.Display;

/// <summary>
/// Picks the template for a content item with Orchard Core's naming, most specific first:
/// <c>Content-{Type}.{DisplayType}</c>, <c>Content.{DisplayType}</c>, <c>Content-{Type}</c>, <c>Content</c>.
/// A theme overrides a type's look by adding a file; nothing is registered. A stored Liquid template of the same
/// name wins over the file (see <see cref="ContentDisplayExtensions.DisplayContentAsync"/>).
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

    /// <summary>Whether the theme has a Razor template of that name.</summary>
    public bool Exists(ActionContext actionContext, string name) => viewEngine.FindView(actionContext, name, isMainPage: false).Success;
}
