using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Discovery.Models;

namespace FamilyBridge.Discovery.Services;

/// <summary>Page metadata from a content item: its summary as the description, its dates for JSON-LD.</summary>
public static partial class PageMetadataFactory
{
    public const string SiteDescription =
        "Calm, guided lessons and helplines for families of people with a substance use disorder.";

    private const int DescriptionLength = 160;

    public static PageMetadata ForContent(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var isLesson = item.ContentType is "Lesson" or "Module";
        return new PageMetadata
        {
            Title = item.Title,
            Description = Shorten(SummaryOf(item) ?? SiteDescription),
            Path = "/" + (item.Path ?? ""),
            OpenGraphType = "article",
            SchemaType = isLesson ? "MedicalWebPage" : "Article",
            PublishedUtc = item.PublishedUtc ?? item.CreatedUtc,
            ModifiedUtc = item.ModifiedUtc ?? item.PublishedUtc,
            // An explicit review date when the type carries one (Orchard DateField); else the last edit, since every
            // edit goes through an editor's review before it is published (see the editorial policy).
            LastReviewedUtc = ReviewedOf(item) ?? item.ModifiedUtc,
        };
    }

    /// <summary>What a page that is not a content item says: the view's title and description, or the site's.</summary>
    public static PageMetadata ForPage(string? title, string? description, string path) => new()
    {
        Title = title ?? "",
        Description = Shorten(string.IsNullOrWhiteSpace(description) ? SiteDescription : description),
        Path = path,
    };

    public static string? SummaryOf(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = item.ContentType switch
        {
            "Resource" => item.GetText("Resource", "Description"),
            "Page" => FirstParagraph(item.GetPart("MarkdownBodyPart")?["Markdown"]?.GetValue<string>()),
            _ => item.GetText(item.ContentType, "Summary"),
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>A page has no summary field: its opening paragraph, links reduced to their words, says what it is.</summary>
    private static string? FirstParagraph(string? markdown)
    {
        var paragraph = (markdown ?? "").Replace("\r", "", StringComparison.Ordinal).Split("\n\n")
            .Select(p => p.Trim())
            .FirstOrDefault(p => p.Length > 0 && !p.StartsWith('#') && !p.StartsWith('-'));
        return paragraph is null ? null : MarkdownLink().Replace(paragraph, "$1").Replace("*", "", StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial System.Text.RegularExpressions.Regex MarkdownLink();

    private static DateTime? ReviewedOf(ContentItem item) =>
        item.GetField(item.ContentType, "LastReviewed")?["Value"]?.GetValue<string>() is { } value
        && DateTime.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var reviewed)
            ? reviewed
            : null;

    private static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= DescriptionLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', DescriptionLength - 1);
        return flat[..(cut > 80 ? cut : DescriptionLength - 1)].TrimEnd(',', ';', ':') + "…";
    }
}
