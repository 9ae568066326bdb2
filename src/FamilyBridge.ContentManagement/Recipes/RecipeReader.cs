using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>Reads Orchard recipe files: comments and trailing commas allowed, keys compared case-insensitively.</summary>
public static class RecipeReader
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static async Task<RecipeDescriptor> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new RecipeException($"Recipe file not found: {fullPath}");
        }

        var text = await File.ReadAllTextAsync(fullPath, Encoding.UTF8, cancellationToken);
        return Read(text, fullPath);
    }

    public static RecipeDescriptor Read(string json, string filePath)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, NodeOptions, DocumentOptions);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            throw new RecipeException($"Recipe {Path.GetFileName(filePath)} is not valid JSON: line {line}, column {column}.", e);
        }

        if (root is not JsonObject recipe)
        {
            throw new RecipeException($"Recipe {Path.GetFileName(filePath)} must be a JSON object with a \"steps\" array.");
        }

        var steps = recipe["steps"] as JsonArray
            ?? throw new RecipeException($"Recipe {Path.GetFileName(filePath)} has no \"steps\" array.");
        var stepObjects = new List<JsonObject>();
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not JsonObject step || String(step["name"]) is not { Length: > 0 })
            {
                throw new RecipeException($"Recipe {Path.GetFileName(filePath)}: step {i + 1} must be an object with a \"name\".");
            }

            stepObjects.Add(step);
        }

        return new RecipeDescriptor
        {
            FilePath = filePath,
            Name = String(recipe["name"]) ?? Path.GetFileName(filePath),
            DisplayName = String(recipe["displayName"]),
            Description = String(recipe["description"]),
            Author = String(recipe["author"]),
            Website = String(recipe["website"]),
            Version = String(recipe["version"]),
            IsSetupRecipe = recipe["issetuprecipe"] is JsonValue setup
                && ((setup.TryGetValue<bool>(out var b) && b) || (setup.TryGetValue<string>(out var s) && bool.TryParse(s, out var sb) && sb)),
            Categories = Strings(recipe["categories"]),
            Tags = Strings(recipe["tags"]),
            Variables = recipe["variables"] as JsonObject ?? new JsonObject(NodeOptions),
            Steps = stepObjects,
        };
    }

    internal static string? String(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(String).OfType<string>()] : [];
}
