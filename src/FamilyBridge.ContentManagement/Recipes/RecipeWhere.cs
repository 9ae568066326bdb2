using System.Text.RegularExpressions;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// The place words of every import message: the file's path, the recipe, the step, the item and the field path,
/// so a person can open the file and go straight to the line to fix.
/// </summary>
public static partial class RecipeWhere
{
    public static string Step(string? filePath, string recipeName, int stepIndex, string stepName) =>
        $"{filePath ?? "(no file)"}: recipe '{recipeName}' step {stepIndex + 1} ({stepName})";

    /// <summary>"item 3, field TitlePart.Title" for <c>data[2].TitlePart.Title</c>; "field HomeRoute.Url" otherwise.</summary>
    public static string Field(string path)
    {
        if (path.Length == 0)
        {
            return "the step itself";
        }

        var item = ItemPath().Match(path);
        if (!item.Success)
        {
            return $"field {path}";
        }

        var number = int.Parse(item.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
        var rest = item.Groups["rest"].Value.TrimStart('.');
        return rest.Length == 0 ? $"item {number}" : $"item {number}, field {rest}";
    }

    [GeneratedRegex(@"^data\[(?<index>\d+)\](?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ItemPath();
}
