using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// Reads Orchard recipe files: comments and trailing commas allowed, keys compared case-insensitively (as Orchard
/// binds them), so two keys differing only in case are refused with the line they are on. A file over the size
/// limit is refused before it is read, and one with more items than the limit before anything runs.
/// </summary>
public static class RecipeReader
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Task<RecipeDescriptor> ReadFileAsync(string path, CancellationToken cancellationToken) =>
        ReadFileAsync(path, new RecipeLimits(), cancellationToken);

    public static async Task<RecipeDescriptor> ReadFileAsync(string path, RecipeLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(limits);
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new RecipeException($"Recipe file not found: {fullPath}");
        }

        var length = new FileInfo(fullPath).Length;
        if (length > limits.MaxFileBytes)
        {
            throw new RecipeException(
                $"{fullPath}: the recipe is {length:N0} bytes; the limit is {limits.MaxFileBytes:N0} (Recipes:MaxFileBytes). "
                + "Split it into smaller recipes run one after another by a \"recipes\" step. Nothing was imported.");
        }

        var bytes = await File.ReadAllBytesAsync(fullPath, cancellationToken);
        return Read(bytes, fullPath, limits);
    }

    public static RecipeDescriptor Read(string json, string filePath)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), filePath, new RecipeLimits());
    }

    public static RecipeDescriptor Read(byte[] json, string filePath, RecipeLimits limits)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(limits);
        CheckKeys(json, filePath);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, NodeOptions, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw Malformed(json, filePath, e);
        }

        if (root is not JsonObject recipe)
        {
            throw new RecipeException($"{filePath}: a recipe must be a JSON object with a \"steps\" array.");
        }

        var steps = recipe["steps"] as JsonArray
            ?? throw new RecipeException($"{filePath}: the recipe has no \"steps\" array.");
        var stepObjects = new List<JsonObject>();
        var items = 0;
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not JsonObject step || String(step["name"]) is not { Length: > 0 } name)
            {
                throw new RecipeException($"{filePath}: step {i + 1} must be an object with a \"name\".");
            }

            if (name.Equals("content", StringComparison.OrdinalIgnoreCase) && step["data"] is JsonArray data)
            {
                items += data.Count;
            }

            stepObjects.Add(step);
        }

        if (items > limits.MaxContentItems)
        {
            throw new RecipeException(
                $"{filePath}: the recipe has {items:N0} content items; the limit is {limits.MaxContentItems:N0} (Recipes:MaxContentItems). "
                + "Split it into smaller recipes. Nothing was imported.");
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

    // One pass over the tokens before building the tree: keys are compared as Orchard compares them (any case).
    private static void CheckKeys(byte[] json, string filePath)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var objects = new Stack<Dictionary<string, string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        objects.Push(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
                        break;
                    case JsonTokenType.StartArray:
                        objects.Push(null);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        objects.Pop();
                        break;
                    case JsonTokenType.PropertyName when objects.Peek() is { } keys:
                        var key = reader.GetString()!;
                        if (keys.TryGetValue(key, out var first))
                        {
                            var line = json.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n') + 1;
                            throw new RecipeException(first == key
                                ? $"{filePath}: line {line}: the key \"{key}\" appears twice in the same object; keep one."
                                : $"{filePath}: line {line}: the keys \"{first}\" and \"{key}\" differ only in case; recipes read keys in any case, so keep one.");
                        }

                        keys[key] = key;
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            throw Malformed(json, filePath, e);
        }
    }

    private static RecipeException Malformed(byte[] json, string filePath, JsonException e)
    {
        var line = (e.LineNumber ?? 0) + 1;
        var column = (e.BytePositionInLine ?? 0) + 1;
        if (AtEnd(json, e.LineNumber ?? 0, e.BytePositionInLine ?? 0))
        {
            return new RecipeException($"{filePath}: unexpected end of the file at line {line}: the recipe looks cut short (was it copied whole?).", e);
        }

        return new RecipeException($"{filePath} is not valid JSON: line {line}, column {column}.", e);
    }

    // A truncated file fails where its bytes run out: nothing but white space follows the error position.
    private static bool AtEnd(byte[] json, long line, long column)
    {
        var offset = 0;
        for (var l = 0L; l < line && offset < json.Length; l++)
        {
            var next = Array.IndexOf(json, (byte)'\n', offset);
            offset = next < 0 ? json.Length : next + 1;
        }

        var position = (int)Math.Min(json.Length, offset + column);
        return json.AsSpan(position).Trim(" \t\r\n"u8).IsEmpty;
    }
}
