using System.Globalization;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Core.Localization;
using FamilyBridge.Reading.Caching;
using FamilyBridge.Reading.Cultures;
using FamilyBridge.Reading.Shapes;
using Microsoft.AspNetCore.Http;

namespace FamilyBridge.Reading.Endpoints;

/// <summary>What an item's page does about languages, apart from drawing the item.</summary>
internal static class ItemPages
{
    /// <summary>
    /// The page speaks the item's language, and the switcher and hreflang links name the item's own translations
    /// (a culture with no translation is left out rather than linked to a page that does not exist).
    /// </summary>
    public static async Task<CultureInfo> UseItemCultureAsync(HttpContext http, ContentItem item, ContentShapeBuilder shapes, ItemCulture cultures, CancellationToken cancellationToken)
    {
        var culture = cultures.ApplyTo(http, item);
        if (TranslationTags.Of(item) is { } tag)
        {
            PublicPageTags.Add(http, tag);
        }

        var twins = await shapes.FindPublishedTwinsAsync(item, cancellationToken);
        CultureAlternates.Set(http, cultures.Alternates(item, twins));
        return culture;
    }

    /// <summary>
    /// <c>/es/about</c> has no item of its own when the Spanish page lives at <c>es/acerca-de</c>: a link written
    /// once for every language (the footer's <c>~/about</c>), or the switcher on a page it knows no twin for, lands
    /// here. Send the reader to the translation in the URL's language, or to the page itself when it has none yet.
    /// </summary>
    public static async Task<IResult?> RedirectToTranslationAsync(
        string? path, HttpContext http, ContentShapeBuilder shapes, ItemCulture cultures, CancellationToken cancellationToken)
    {
        if (cultures.UrlCulture(http) is not { } culture || await shapes.FindPublishedAsync(path, cancellationToken) is not { } original)
        {
            return null;
        }

        var twin = await shapes.FindPublishedTwinInAsync(original, culture, cancellationToken);
        var target = (twin ?? original).Path;
        return target is null ? null : Results.Redirect("/" + target + http.Request.QueryString.Value);
    }
}
