namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// Where a recipe's <c>media</c> step puts its files. The Media module implements it, so ContentManagement (which
/// reads the recipe and guards its paths) needs no reference to Media, and a site without Media skips the step.
/// </summary>
public interface IRecipeMediaStore
{
    /// <summary>
    /// Stores <paramref name="content"/> under Orchard's media path <paramref name="targetPath"/> ("about/1.jpg"),
    /// inside the import's transaction. Importing the same bytes to the same path again changes nothing.
    /// </summary>
    Task<RecipeMediaOutcome> ImportAsync(string targetPath, byte[] content, RecipeStepContext context, CancellationToken cancellationToken);
}

/// <summary>What became of one file: stored, already there, or refused with a reason for the report.</summary>
public sealed record RecipeMediaOutcome(RecipeMediaResult Result, string? Reason = null);

public enum RecipeMediaResult
{
    Stored,
    Unchanged,
    Refused,
}
