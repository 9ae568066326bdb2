using FamilyBridge.Accounts.Models;
using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.Core.Admin;
using FamilyBridge.Editor.Models;
using FamilyBridge.Editor.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Editor.Pages.Admin.Recipes;

/// <summary>
/// Export and import of Orchard-format recipes from the admin, through the same exporter and importer as the
/// <c>recipes</c> command line: a file that fails there fails here with the same message, and nothing changes.
/// </summary>
[Authorize(Policy = AdminPolicies.Administrator)]
public sealed class IndexModel(
    IRecipeImporter importer,
    IRecipeExporter exporter,
    IContentAuditLog audit,
    UserManager<AccountUser> users,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public IFormFile? RecipeFile { get; set; }

    public RecipeImportResult? Imported { get; private set; }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await exporter.ExportAsync(buffer, cancellationToken);
        var name = $"familybridge-{clock.GetUtcNow():yyyy-MM-dd}.recipe.json";
        return File(buffer.ToArray(), "application/json", name);
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        if (RecipeFile is null || RecipeFile.Length == 0)
        {
            ModelState.AddModelError(nameof(RecipeFile), "Choose a recipe file (.json) to import.");
            return Page();
        }

        // The importer reads files (nested recipes are found beside them), so the upload goes to a private temp
        // folder under its own name: error messages then name the file the administrator chose.
        var folder = Directory.CreateTempSubdirectory("familybridge-recipe-");
        try
        {
            var fileName = Path.GetFileName(RecipeFile.FileName);
            var path = Path.Combine(folder.FullName, string.IsNullOrWhiteSpace(fileName) ? "upload.recipe.json" : fileName);
            await using (var file = System.IO.File.Create(path))
            {
                await RecipeFile.CopyToAsync(file, cancellationToken);
            }

            Imported = await importer.ImportFileAsync(path, cancellationToken);
        }
        catch (RecipeException e)
        {
            // The private temp folder means nothing to the administrator: the message names the file they chose.
            var message = e.Message.Replace(folder.FullName + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
            ModelState.AddModelError(nameof(RecipeFile), $"Nothing was imported. {message}");
            return Page();
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        await audit.RecordAsync(
            users.GetUserId(User)!,
            ContentAuditActions.RecipeImported,
            null,
            $"imported the recipe {Imported.RecipeName}",
            cancellationToken);
        return Page();
    }
}
