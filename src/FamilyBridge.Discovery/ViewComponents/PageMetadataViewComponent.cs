using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FamilyBridge.Discovery.Models;
using FamilyBridge.Discovery.Services;
using FamilyBridge.Theme.Display;
using FamilyBridge.Theme.Models;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Discovery.ViewComponents;

/// <summary>
/// The head tags of every page. Metadata comes, first found: from ViewData[<see cref="PageMetadata.ViewDataKey"/>];
/// from the <see cref="ContentShape"/> an item's own page renders; else from the view's Title and Description.
/// Reads only what the page already loaded.
/// </summary>
public sealed class PageMetadataViewComponent(ISiteNameSource siteName) : ViewComponent
{
    public const string IconPath = "/icons/icon-512.png";
    public const string FeedPath = "/feed.atom";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var metadata = ViewData[PageMetadata.ViewDataKey] as PageMetadata
            ?? (ViewData.Model is ContentShape { DisplayType: ContentShape.Detail } shape
                ? PageMetadataFactory.ForContent(shape.Item)
                : PageMetadataFactory.ForPage(ViewData["Title"] as string, ViewData["Description"] as string, (Request.PathBase + Request.Path).Value is { Length: > 0 } path ? path : "/"));
        var name = await siteName.GetSiteNameAsync(HttpContext.RequestAborted);
        var canonical = SiteAddress.Absolute(Request, metadata.Path);
        var image = SiteAddress.Absolute(Request, IconPath);
        return View(new PageMetadataView(
            metadata, name, canonical, image, SiteAddress.Absolute(Request, Request.PathBase + FeedPath), JsonLd(metadata, name, canonical, image)));
    }

    private static string? JsonLd(PageMetadata metadata, string siteName, string canonical, string image)
    {
        if (metadata.SchemaType is null)
        {
            return null;
        }

        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = metadata.SchemaType,
            ["headline"] = metadata.Title,
            ["name"] = metadata.Title,
            ["description"] = metadata.Description,
            ["url"] = canonical,
            ["mainEntityOfPage"] = canonical,
            ["inLanguage"] = CultureInfo.CurrentUICulture.Name,
            ["publisher"] = new JsonObject
            {
                ["@type"] = "Organization",
                ["name"] = siteName,
                ["logo"] = new JsonObject { ["@type"] = "ImageObject", ["url"] = image },
            },
        };
        if (metadata.PublishedUtc is { } published)
        {
            json["datePublished"] = Iso(published);
        }

        if (metadata.ModifiedUtc is { } modified)
        {
            json["dateModified"] = Iso(modified);
        }

        if (metadata.LastReviewedUtc is { } reviewed && metadata.SchemaType == "MedicalWebPage")
        {
            json["lastReviewed"] = reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        // The default encoder escapes <, > and &, so the text cannot close the script element it sits in.
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static string Iso(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
