using Microsoft.AspNetCore.Http;

namespace FamilyBridge.Core.Localization;

/// <summary>
/// Where this page lives in each culture, for the language switcher and the <c>hreflang</c> links. A page that
/// knows better than "the same path under the other prefix" (a lesson whose Spanish twin has its own path) says so
/// with <see cref="Set"/>; a culture left out has no version of this page.
/// </summary>
public static class CultureAlternates
{
    private static readonly object ItemKey = new();

    /// <summary>Culture name → the page's path in that culture, from the site root (<c>/es/entender/…</c>).</summary>
    public static void Set(HttpContext httpContext, IReadOnlyDictionary<string, string> pathByCulture)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Items[ItemKey] = pathByCulture;
    }

    public static IReadOnlyDictionary<string, string>? Get(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return httpContext.Items.TryGetValue(ItemKey, out var value) ? value as IReadOnlyDictionary<string, string> : null;
    }
}
