namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>Imports Orchard-format recipes in one transaction: all of it, or nothing.</summary>
public interface IRecipeImporter
{
    /// <exception cref="RecipeException">The file is missing or malformed, or a step cannot be applied; nothing was imported.</exception>
    Task<RecipeImportResult> ImportFileAsync(string path, CancellationToken cancellationToken);
}
