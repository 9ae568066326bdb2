using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>A step another module adds to the site export (Accounts writes <c>Roles</c>), in Orchard's format.</summary>
public interface IRecipeExportStep
{
    Task<JsonObject> ExportAsync(CancellationToken cancellationToken);
}
