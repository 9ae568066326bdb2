namespace FamilyBridge.ContentManagement.Data;

/// <summary>
/// One version of a content item: the JSON document is the truth, the other columns are a thin index
/// copied from it so the site's reads never parse documents they do not return.
/// </summary>
public sealed class ContentItemRecord
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string? DisplayText { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    /// <summary><c>AutoroutePart.Path</c> lower-cased without leading or trailing slashes.</summary>
    public string? Path { get; set; }

    /// <summary><c>ContainedPart.ListContentItemId</c>.</summary>
    public string? ListContentItemId { get; set; }

    /// <summary><c>ContainedPart.Order</c>.</summary>
    public int? Order { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public string? Owner { get; set; }

    public string? Author { get; set; }

    public string Document { get; set; } = "{}";

    /// <summary>Changes on every write, so two editors saving the same version cannot overwrite each other silently.</summary>
    public string ConcurrencyStamp { get; set; } = "";
}
