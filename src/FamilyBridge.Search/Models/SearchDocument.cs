namespace FamilyBridge.Search.Models;

/// <summary>What the index holds for one published item: plain text only, no HTML, ready to analyse.</summary>
public sealed record SearchDocument
{
    public required string ContentItemId { get; init; }

    public required string ContentType { get; init; }

    public required string Title { get; init; }

    /// <summary>The site path to link to, without a leading slash.</summary>
    public required string Path { get; init; }

    public string Summary { get; init; } = "";

    public string Body { get; init; } = "";

    public string Objectives { get; init; } = "";

    public string Takeaways { get; init; } = "";

    /// <summary>Knowledge-check prompts and the reflection prompt.</summary>
    public string Questions { get; init; } = "";

    /// <summary>A resource's kind, description, phone, text line and hours.</summary>
    public string Resource { get; init; } = "";

    /// <summary>The filter key of the module the item belongs to (the module's path), or null.</summary>
    public string? ModuleKey { get; init; }

    public string? ModuleTitle { get; init; }

    /// <summary>
    /// The item's language (its <c>LocalizationPart.Culture</c>; English when it names none): which language's
    /// index holds it, and so which readers find it.
    /// </summary>
    public string Culture { get; init; } = "en";

    /// <summary>Orders modules in the filter list.</summary>
    public int Order { get; init; }
}
