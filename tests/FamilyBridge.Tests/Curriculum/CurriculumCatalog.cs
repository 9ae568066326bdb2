using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FamilyBridge.Tests.Curriculum;

/// <summary>One content item from a curriculum recipe, with where it came from.</summary>
internal sealed record CurriculumItem(string File, string JsonPath, JsonElement Json)
{
    public string ContentType => Json.Str("ContentType") ?? "";

    public string? Id => Json.Str("ContentItemId");

    public string Title => Json.Str("TitlePart", "Title") ?? Json.Str("DisplayText") ?? "(untitled)";

    public string Path => Json.Str("AutoroutePart", "Path") ?? "";

    /// <summary>How a problem message names this item: file › type "title" (path).</summary>
    public string Where => $"{File} › {ContentType} \"{Title}\"" + (Path.Length > 0 ? $" ({Path})" : "");
}

/// <summary>One curriculum recipe file: parsed, or the reason it could not be.</summary>
internal sealed record CurriculumFile(string File, string FullPath, JsonElement? Root, string? Error);

/// <summary>
/// Reads every <c>*.recipe.json</c> in a curriculum folder and lists their content items. <see cref="Repository"/> is
/// the repository's <c>content-recipes/curriculum</c>, read from the source tree so a test run sees the files as they
/// are now, not as they were at the last build.
/// </summary>
internal sealed partial class CurriculumCatalog
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip, // Orchard recipes allow // comments and trailing commas
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<CurriculumCatalog> RepositoryCatalog = new(() => Load(LocateFolder()));

    private CurriculumCatalog(string folder, IReadOnlyList<CurriculumFile> files, IReadOnlyList<CurriculumItem> items)
    {
        Folder = folder;
        Files = files;
        Items = items;
    }

    /// <summary>The repository's curriculum (or FB_CURRICULUM_FOLDER when set).</summary>
    public static CurriculumCatalog Repository => RepositoryCatalog.Value;

    public string Folder { get; }

    public IReadOnlyList<CurriculumFile> Files { get; }

    public IReadOnlyList<CurriculumItem> Items { get; }

    public IEnumerable<CurriculumItem> OfType(string contentType) =>
        Items.Where(i => string.Equals(i.ContentType, contentType, StringComparison.Ordinal));

    public static CurriculumCatalog Load(string folder)
    {
        var files = new List<CurriculumFile>();
        var items = new List<CurriculumItem>();
        foreach (var path in Directory.GetFiles(folder, "*.recipe.json").Order(StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileName(path);
            JsonElement root;
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(path), Options);
                root = doc.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                files.Add(new CurriculumFile(name, path, null, $"is not valid JSON: {ex.Message}"));
                continue;
            }
            files.Add(new CurriculumFile(name, path, root, null));

            var steps = root.Prop("steps");
            if (steps is not { ValueKind: JsonValueKind.Array })
            {
                continue;
            }
            var s = 0;
            foreach (var step in steps.Value.EnumerateArray())
            {
                if (string.Equals(step.Str("name"), "content", StringComparison.OrdinalIgnoreCase)
                    && step.Prop("data") is { ValueKind: JsonValueKind.Array } data)
                {
                    var d = 0;
                    foreach (var item in data.EnumerateArray())
                    {
                        items.Add(new CurriculumItem(name, $"steps[{s}].data[{d}]", item));
                        d++;
                    }
                }
                s++;
            }
        }
        return new CurriculumCatalog(folder, files, items);
    }

    /// <summary>"file › Lesson "title" (path) › Lesson.Summary.Text" for a JSON path ("$.steps[0].data[3]…") in a file.</summary>
    public string Describe(string file, string jsonPath)
    {
        var m = ItemPath().Match(jsonPath);
        if (!m.Success)
        {
            return $"{file} › {jsonPath.TrimStart('$', '.')}";
        }
        var itemPath = $"steps[{m.Groups[1].Value}].data[{m.Groups[2].Value}]";
        var item = Items.FirstOrDefault(i => i.File == file && i.JsonPath == itemPath);
        var inner = jsonPath[m.Length..].TrimStart('.');
        var name = item?.Where ?? $"{file} › {itemPath}";
        return inner.Length == 0 ? name : $"{name} › {inner}";
    }

    /// <summary>
    /// The repository's <c>content-recipes/curriculum</c>: up from the test binary to the folder holding
    /// FamilyBridge.sln; failing that (artifacts outside the tree), up from this source file; failing that,
    /// the copy the Web project puts beside the binary. FB_CURRICULUM_FOLDER overrides all three.
    /// </summary>
    private static string LocateFolder([CallerFilePath] string sourceFile = "")
    {
        if (Environment.GetEnvironmentVariable("FB_CURRICULUM_FOLDER") is { Length: > 0 } overridden)
        {
            return overridden; // to try the guard on a draft or a deliberately broken copy
        }
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Path.GetDirectoryName(sourceFile) })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "FamilyBridge.sln")))
                {
                    return System.IO.Path.Combine(dir.FullName, "content-recipes", "curriculum");
                }
            }
        }
        var copy = System.IO.Path.Combine(AppContext.BaseDirectory, "content-recipes", "curriculum");
        if (Directory.Exists(copy))
        {
            return copy;
        }
        throw new DirectoryNotFoundException(
            $"Could not find content-recipes/curriculum: no FamilyBridge.sln above {AppContext.BaseDirectory} or {sourceFile}, and no copy beside the test binary.");
    }

    [GeneratedRegex(@"^\$\.steps\[(\d+)\]\.data\[(\d+)\]", RegexOptions.IgnoreCase)]
    private static partial Regex ItemPath();
}

internal static class JsonElementExtensions
{
    /// <summary>A property by name, exact case first, then ignoring case (recipe keys are case-insensitive).</summary>
    public static JsonElement? Prop(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (element.TryGetProperty(name, out var exact))
        {
            return exact;
        }
        foreach (var p in element.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return p.Value;
            }
        }
        return null;
    }

    public static JsonElement? At(this JsonElement element, params string[] path)
    {
        JsonElement? current = element;
        foreach (var name in path)
        {
            current = current?.Prop(name);
            if (current is null)
            {
                return null;
            }
        }
        return current;
    }

    /// <summary>The string at a path, or null when absent or not a string.</summary>
    public static string? Str(this JsonElement element, params string[] path) =>
        element.At(path) is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;

    /// <summary>The number at a path as an int, or null when absent, not a number or not whole.</summary>
    public static int? Int(this JsonElement element, params string[] path) =>
        element.At(path) is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var v) ? v : null;

    /// <summary>The ContentItems of a named BagPart (Questions, Checklist, Sources); empty when absent.</summary>
    public static IReadOnlyList<JsonElement> Bag(this JsonElement item, string bagName) =>
        item.At(bagName, "ContentItems") is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().ToList() : [];

    /// <summary>Lines of a multi-line text field, trimmed, blank lines dropped.</summary>
    public static IReadOnlyList<string> Lines(this string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>Every string value under an element with its JSON path and the name of the property holding it.</summary>
    public static IEnumerable<(string Path, string Key, string Value)> Strings(this JsonElement element, string path, string key = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return (path, key, element.GetString() ?? "");
                break;
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    foreach (var s in p.Value.Strings($"{path}.{p.Name}", p.Name))
                    {
                        yield return s;
                    }
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var e in element.EnumerateArray())
                {
                    foreach (var s in e.Strings($"{path}[{i}]", key))
                    {
                        yield return s;
                    }
                    i++;
                }
                break;
        }
    }
}
