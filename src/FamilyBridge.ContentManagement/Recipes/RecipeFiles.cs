namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// Files a recipe names (<c>[file:text('…')]</c>, the <c>media</c> step): only inside the recipe's own folder, after
/// following symbolic links, so a recipe cannot read <c>/etc/passwd</c>, <c>/proc/self/environ</c> or the site's keys.
/// </summary>
internal static class RecipeFiles
{
    public static string Resolve(string recipeFilePath, string relativePath, string where)
    {
        var folder = RealPath(Path.GetDirectoryName(Path.GetFullPath(recipeFilePath)) ?? ".");
        var candidate = Path.GetFullPath(Path.Combine(folder, relativePath));
        if (!IsUnder(folder, candidate))
        {
            throw new RecipeException($"{where}: '{relativePath}' is outside the recipe's folder; a recipe reads only files in {folder}.");
        }

        if (!File.Exists(candidate))
        {
            throw new RecipeException($"{where}: the file '{relativePath}' was not found beside the recipe (in {folder}).");
        }

        var real = RealPath(candidate);
        if (!IsUnder(folder, real))
        {
            throw new RecipeException($"{where}: '{relativePath}' links to a file outside the recipe's folder; a recipe reads only files in {folder}.");
        }

        return real;
    }

    private static bool IsUnder(string folder, string path) =>
        path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    // Path.GetFullPath does not follow links; walk the path and resolve each link to its final target.
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                current = RealPath(target.FullName);
            }
        }

        return current;
    }
}
