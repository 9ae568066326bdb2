using System.Globalization;
using FamilyBridge.Core.Localization;
using FamilyBridge.Core.Site;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Localization;

/// <summary>One language a page can be read in: the switcher's link and the <c>hreflang</c> alternate.</summary>
public sealed record LanguageLink(string Culture, string NativeName, bool IsCurrent, string SwitchHref, Uri Alternate);

/// <summary>
/// The current page in every culture the site speaks. A page that set <see cref="CultureAlternates"/> (a lesson and
/// its twin) is linked to its own paths; any other page is the same path under the other prefix.
/// </summary>
public sealed class LanguageLinks(IHttpContextAccessor accessor, IOptions<SiteCultureOptions> options, SiteLinks siteLinks)
{
    public IReadOnlyList<LanguageLink> ForCurrentPage()
    {
        var http = accessor.HttpContext;
        if (http is null)
        {
            return [];
        }

        var cultures = options.Value;
        var current = CultureInfo.CurrentUICulture.Name;
        var known = CultureAlternates.Get(http);
        var pathAndQuery = http.Request.Path.Value + http.Request.QueryString.Value;
        var links = new List<LanguageLink>();
        foreach (var culture in cultures.SupportedCultures)
        {
            string? target;
            if (known is null)
            {
                target = cultures.PathPrefix(culture.Name) + (pathAndQuery.Length == 0 ? "/" : pathAndQuery);
            }
            else if (!known.TryGetValue(culture.Name, out target))
            {
                continue;
            }

            var isCurrent = string.Equals(culture.Name, current, StringComparison.OrdinalIgnoreCase);
            var native = culture.TextInfo.ToTitleCase(culture.NativeName);
            links.Add(new LanguageLink(
                culture.Name,
                native,
                isCurrent,
                $"/language/{culture.Name}?returnUrl={Uri.EscapeDataString(target)}",
                siteLinks.Absolute(target)));
        }

        return links;
    }
}
