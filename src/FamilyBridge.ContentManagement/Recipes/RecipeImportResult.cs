namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>What an import did, line by line, and which steps it skipped because nothing here handles them.</summary>
public sealed class RecipeImportResult
{
    public required string RecipeName { get; init; }

    /// <summary>"step 2 (ContentDefinition): 4 content types, 3 content parts", in order (nested recipes included).</summary>
    public required IReadOnlyList<string> Lines { get; init; }

    /// <summary>Names of the steps no handler claimed, e.g. ["queries", "layers"].</summary>
    public required IReadOnlyList<string> SkippedSteps { get; init; }
}
