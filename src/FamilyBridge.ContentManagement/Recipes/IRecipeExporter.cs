namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>Writes the site's content definitions, settings and published items as an Orchard-format recipe.</summary>
public interface IRecipeExporter
{
    Task ExportAsync(Stream output, CancellationToken cancellationToken);

    Task ExportAsync(Stream output, RecipeExportOptions options, CancellationToken cancellationToken);
}
