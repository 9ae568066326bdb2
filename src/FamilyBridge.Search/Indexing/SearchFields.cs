namespace FamilyBridge.Search.Indexing;

/// <summary>Field names in the Lucene index, and how much a match in each counts.</summary>
internal static class SearchFields
{
    public const string Id = "id";
    public const string Type = "type";
    public const string TypeFacet = "type_facet";
    public const string Path = "path";
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Body = "body";
    public const string Objectives = "objectives";
    public const string Takeaways = "takeaways";
    public const string Questions = "questions";
    public const string Resource = "resource";
    public const string ModuleKey = "module";
    public const string ModuleFacet = "module_facet";
    public const string ModuleTitle = "module_title";
    public const string Order = "order";
    public const string TypeWeight = "type_weight";

    /// <summary>Separates a module's key from its title inside one facet value.</summary>
    public const char FacetSeparator = '\u001f';

    /// <summary>
    /// Searched fields and their weights: a word in the title says far more about a lesson than the same word
    /// somewhere in 1,000 words of body.
    /// </summary>
    public static readonly IReadOnlyList<(string Field, float Weight)> Weighted =
    [
        (Title, 6f),
        (Summary, 2.5f),
        (Objectives, 2f),
        (Takeaways, 2f),
        (Resource, 2f),
        (ModuleTitle, 1.2f),
        (Questions, 1f),
        (Body, 1f),
    ];
}
