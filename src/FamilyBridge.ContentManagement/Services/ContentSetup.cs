using FamilyBridge.ContentManagement.Data;
using FamilyBridge.ContentManagement.Recipes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.ContentManagement.Services;

public sealed class ContentSetup(
    ContentDbContext db,
    RecipeImporter importer,
    SiteSettingsService siteSettings,
    TimeProvider clock,
    ILogger<ContentSetup> logger) : IContentSetup
{
    public const string SetupRecipeFileName = "familybridge.setup.recipe.json";

    /// <summary>Where the setup recipe is looked for; tests point it elsewhere.</summary>
    internal string RecipesFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "content-recipes");

    public async Task EnsureSetUpAsync(CancellationToken cancellationToken)
    {
        var settings = await db.SiteSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (settings?.SetupCompletedUtc is not null)
        {
            return;
        }

        var path = Path.Combine(RecipesFolder, SetupRecipeFileName);
        var result = await importer.ImportFileAsync(path, MarkSetUpAsync, cancellationToken);
        logger.LogInformation("Site set up from recipe {Recipe}: {Lines}", result.RecipeName, string.Join("; ", result.Lines));
    }

    // Runs inside the import's transaction: the site counts as set up only if everything was imported.
    private async Task MarkSetUpAsync(string recipeName, CancellationToken cancellationToken)
    {
        var record = await siteSettings.GetOrCreateRecordAsync(cancellationToken);
        record.SetupCompletedUtc = clock.GetUtcNow().UtcDateTime;
        record.SetupRecipe = recipeName;
        await db.SaveChangesAsync(cancellationToken);
    }
}
