namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>Finds recipes by their <c>name</c>, as Orchard's <c>recipes</c> step does.</summary>
internal static class RecipeLocator
{
    /// <summary>
    /// Looks in <c>content-recipes/**/*.recipe.json</c> beside the executable, then beside (and below) the recipe
    /// that asks, so a recipe set copied anywhere still finds its own parts.
    /// </summary>
    public static IReadOnlyList<string> SearchFolders(string? askingRecipePath)
    {
        var folders = new List<string>();
        if (askingRecipePath is not null && Path.GetDirectoryName(askingRecipePath) is { } askingFolder)
        {
            folders.Add(askingFolder);
        }

        folders.Add(Path.Combine(AppContext.BaseDirectory, "content-recipes"));
        return [.. folders.Distinct(StringComparer.Ordinal)];
    }

    public static async Task<RecipeDescriptor?> FindAsync(
        string name, string? askingRecipePath, Dictionary<string, RecipeDescriptor> alreadyRead, RecipeLimits limits, CancellationToken cancellationToken)
    {
        foreach (var folder in SearchFolders(askingRecipePath).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.recipe.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (!alreadyRead.TryGetValue(file, out var recipe))
                {
                    recipe = await RecipeReader.ReadFileAsync(file, limits, cancellationToken);
                    alreadyRead[file] = recipe;
                }

                if (string.Equals(recipe.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return recipe;
                }
            }
        }

        return null;
    }
}
