using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.Tests.Search;

/// <summary>The content items of the real curriculum recipes, read from the source tree as they are now.</summary>
internal static class CurriculumRecipes
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyList<ContentItem> Items { get; } = Load("curriculum");

    /// <summary>The Spanish curriculum (content-recipes/es): every item a twin of an English one, culture <c>es</c>.</summary>
    public static IReadOnlyList<ContentItem> SpanishItems { get; } = Load("es");

    private static List<ContentItem> Load(string folder)
    {
        var items = new List<ContentItem>();
        foreach (var file in Directory.GetFiles(Folder(folder), "*.recipe.json").Order(StringComparer.Ordinal))
        {
            var root = JsonNode.Parse(File.ReadAllText(file), NodeOptions, DocumentOptions)!.AsObject();
            foreach (var step in root["steps"]?.AsArray().OfType<JsonObject>() ?? [])
            {
                if (!string.Equals(step["name"]?.GetValue<string>(), "content", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var data = step["data"] ?? step["Data"];
                items.AddRange(data?.AsArray().OfType<JsonObject>().Select(o => new ContentItem((JsonObject)o.DeepClone())) ?? []);
            }
        }

        return items;
    }

    // From this source file, not the build output: FB_ARTIFACTS builds live outside the tree.
    private static string Folder(string name, [CallerFilePath] string sourceFile = "")
    {
        for (var folder = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "FamilyBridge.sln")))
            {
                return Path.Combine(folder.FullName, "content-recipes", name);
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "content-recipes", name);
    }
}
