namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// Files a recipe names (<c>[file:text('…')]</c>, the <c>media</c> step): only inside the recipe's own folder, after
/// following symbolic links, so a recipe cannot read <c>/etc/passwd</c>, <c>/proc/self/environ</c> or the site's keys.
/// </summary>
internal static class RecipeFiles
{
    public static string Resolve(string recipeFilePath, string relativePath, string where)
    {
        var folder = RecipeFolder(recipeFilePath);
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

    /// <summary>The recipe's own folder, links followed.</summary>
    public static string RecipeFolder(string recipeFilePath) => RealPath(Path.GetDirectoryName(Path.GetFullPath(recipeFilePath)) ?? ".");

    /// <summary>
    /// The folder a <c>media</c> step may read from: <paramref name="allowedRoot"/> (the operator's
    /// <c>Recipes:MediaRoot</c>) when the recipe lies inside it, else the recipe's own folder. An operator widens
    /// a recipe's reach only to a tree the recipe already belongs to, such as an Orchard theme whose recipes name
    /// <c>../wwwroot/…</c>.
    /// </summary>
    public static string MediaRoot(string recipeFilePath, string? allowedRoot)
    {
        var folder = RecipeFolder(recipeFilePath);
        if (string.IsNullOrWhiteSpace(allowedRoot) || !Directory.Exists(allowedRoot))
        {
            return folder;
        }

        var root = RealPath(allowedRoot).TrimEnd(Path.DirectorySeparatorChar);
        return root.Length > 0 && (folder == root || IsUnder(root, folder)) ? root : folder;
    }

    /// <summary>How a file named relative to a recipe stands against the folder it may be read from.</summary>
    public static (RecipeFileStatus Status, string FullPath) Locate(string root, string recipeFilePath, string relativePath)
    {
        var candidate = Path.GetFullPath(Path.Combine(RecipeFolder(recipeFilePath), relativePath));
        if (!IsUnder(root, candidate))
        {
            return (RecipeFileStatus.OutsideRoot, candidate);
        }

        if (!File.Exists(candidate))
        {
            return (RecipeFileStatus.Missing, candidate);
        }

        var real = RealPath(candidate);
        return IsUnder(root, real) ? (RecipeFileStatus.Found, real) : (RecipeFileStatus.OutsideRoot, real);
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

internal enum RecipeFileStatus
{
    Found,
    Missing,
    OutsideRoot,
}
