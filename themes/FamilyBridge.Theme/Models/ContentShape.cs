using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.Theme.Models;

/// <summary>
/// What a content template receives, like Orchard's content shape: the item, how it is being shown, and the
/// related items the host already loaded so templates never query the database themselves.
/// </summary>
public sealed record ContentShape
{
    /// <summary>Orchard's default display type for an item's own page.</summary>
    public const string Detail = "Detail";

    /// <summary>Orchard's display type for an item in a list.</summary>
    public const string Summary = "Summary";

    public required ContentItem Item { get; init; }

    public string DisplayType { get; init; } = Detail;

    /// <summary>The list the item is contained in (a lesson's module), when loaded.</summary>
    public ContentItem? Container { get; init; }

    /// <summary>The items the item contains (a module's lessons, in order), when loaded.</summary>
    public IReadOnlyList<ContentItem> Children { get; init; } = [];

    /// <summary>Previous and next lesson, across module boundaries.</summary>
    public LessonNavigation? Navigation { get; init; }

    /// <summary>
    /// The item's body as Orchard would show it without a template (sanitised HTML from
    /// <c>IContentBodyRenderer</c>), loaded for types the theme has no template of its own for.
    /// </summary>
    public string? BodyHtml { get; init; }

    /// <summary>Set after the reader submitted the lesson's knowledge check.</summary>
    public KnowledgeCheckResult? KnowledgeCheck { get; init; }

    /// <summary>The signed-in reader's saved state on this lesson; null for anonymous readers (and cached pages).</summary>
    public ReaderLessonPanel? Reader { get; init; }

    /// <summary>
    /// The signed-in reader's progress through this module (on a module's page or card), or through the lesson's
    /// module (on a lesson card); null for anonymous readers.
    /// </summary>
    public ReaderModuleProgress? ModuleProgress { get; init; }
}
