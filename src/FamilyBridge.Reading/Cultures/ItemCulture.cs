using System.Globalization;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Core.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace FamilyBridge.Reading.Cultures;

/// <summary>
/// Which language's content a request reads. Spanish items live at <c>es/…</c> paths; the Localization module has
/// already moved a URL's <c>/es</c> into <c>PathBase</c>, so <c>/es/entender</c> reaches the item routes as
/// <c>entender</c> and is looked up here as <c>es/entender</c>.
/// </summary>
public sealed class ItemCulture(IOptions<SiteCultureOptions> options)
{
    public string DefaultCulture => options.Value.DefaultCulture;

    /// <summary>The culture named by the URL prefix (<c>/es/…</c>), or null on an unprefixed (default-culture) URL.</summary>
    public string? UrlCulture(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var pathBase = httpContext.Request.PathBase.Value;
        if (string.IsNullOrEmpty(pathBase))
        {
            return null;
        }

        var last = pathBase[(pathBase.LastIndexOf('/') + 1)..];
        var cultures = options.Value;
        return cultures.IsSupported(last) && !string.Equals(last, cultures.DefaultCulture, StringComparison.OrdinalIgnoreCase)
            ? last.ToLowerInvariant()
            : null;
    }

    /// <summary>The <c>AutoroutePart.Path</c> the request asks for: <c>entender</c> under <c>/es</c> is <c>es/entender</c>.</summary>
    public string? ContentPath(HttpContext httpContext, string? path)
    {
        var trimmed = path?.Trim('/');
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return UrlCulture(httpContext) is { } culture ? culture + "/" + trimmed : trimmed;
    }

    /// <summary>The language whose items lists show: the reader's (prefix, then cookie, then browser).</summary>
    public static string ReaderCulture => CultureInfo.CurrentUICulture.Name;

    public bool IsInReaderCulture(ContentItem item) => LocalizationPart.IsIn(item, ReaderCulture, DefaultCulture);

    public bool IsIn(ContentItem item, string culture) => LocalizationPart.IsIn(item, culture, DefaultCulture);

    /// <summary>The site culture an item is written in (<c>es-MX</c> content on an <c>es</c> site is <c>es</c>).</summary>
    public CultureInfo CultureOfItem(ContentItem item)
    {
        var written = LocalizationPart.CultureOf(item, DefaultCulture);
        return options.Value.SupportedCultures.FirstOrDefault(c => string.Equals(c.Name, written, StringComparison.OrdinalIgnoreCase))
            ?? options.Value.SupportedCultures.FirstOrDefault(c => LocalizationPart.SameLanguage(c.Name, written))
            ?? CultureInfo.GetCultureInfo(DefaultCulture);
    }

    /// <summary>
    /// An item's page is in the item's language whatever the cookie says: a Spanish lesson reached from an English
    /// page shows its interface, dates and <c>lang</c> in Spanish. Returns the culture, for the
    /// <see cref="CultureResult"/> that renders the page (a culture set here does not outlive the async handler).
    /// </summary>
    public CultureInfo ApplyTo(HttpContext httpContext, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var culture = CultureOfItem(item);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        httpContext.Features.Set<IRequestCultureFeature>(new RequestCultureFeature(new RequestCulture(culture), provider: null));
        httpContext.Response.Headers[HeaderNames.ContentLanguage] = culture.Name;
        return culture;
    }

    /// <summary>The page's address in each language it exists in, for the switcher and the hreflang links.</summary>
    public Dictionary<string, string> Alternates(ContentItem item, IEnumerable<ContentItem> twins)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(twins);
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var version in twins.Prepend(item))
        {
            if (version.Path is { } path)
            {
                paths.TryAdd(CultureOfItem(version).Name, "/" + path);
            }
        }

        return paths;
    }
}
