namespace FamilyBridge.Core.Hosting;

/// <summary>
/// The names every module uses to put an anonymous reader's page in ASP.NET Core's output cache and to evict
/// it again (the policy itself lives in FamilyBridge.Reading). A page is tagged with each content item it shows,
/// so a content event evicts exactly the pages that showed that item.
/// </summary>
public static class PublicPageCache
{
    /// <summary>The output-cache policy for public pages: anonymous GETs only, tagged, short browser max-age.</summary>
    public const string PolicyName = "PublicPage";

    /// <summary>Every cached page: the layout shows site settings, so a settings change evicts them all.</summary>
    public const string SiteTag = "site";

    /// <summary>Search result pages: any published change can change any result.</summary>
    public const string SearchTag = "search";

    public static string ItemTag(string contentItemId) => "item:" + contentItemId;

    /// <summary>Pages listing every item of a type (the home page lists every module), evicted when one appears.</summary>
    public static string TypeTag(string contentType) => "type:" + contentType;
}
