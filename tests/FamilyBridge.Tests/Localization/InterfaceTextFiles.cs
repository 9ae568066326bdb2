using System.Text.RegularExpressions;
using System.Xml.Linq;
using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Localization;

/// <summary>
/// Every module's interface text as the repository holds it: the English <c>Resources/*.resx</c>, its
/// <c>.es.resx</c> twin, and every <c>T["…"]</c> / <c>S["…"]</c> / <c>H["…"]</c> key written in the module's
/// code and views.
/// </summary>
internal static partial class InterfaceTextFiles
{
    public static IEnumerable<string> ModuleFolders() =>
        Directory.EnumerateDirectories(RepositoryFiles.Get("src"))
            .Concat(Directory.EnumerateDirectories(RepositoryFiles.Get("themes")))
            .Order(StringComparer.Ordinal);

    /// <summary>The English resource files (no culture suffix) under a module's <c>Resources</c> folder.</summary>
    public static IEnumerable<string> EnglishResources(string moduleFolder)
    {
        var folder = Path.Combine(moduleFolder, "Resources");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.resx", SearchOption.AllDirectories)
                .Where(f => Path.GetFileNameWithoutExtension(f).IndexOf('.', StringComparison.Ordinal) < 0)
                .Order(StringComparer.Ordinal)
            : [];
    }

    public static string SpanishTwin(string englishResource) => Path.ChangeExtension(englishResource, ".es.resx");

    public static IReadOnlyDictionary<string, string> Read(string resx) =>
        XDocument.Load(resx).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    /// <summary>Keys a module's C# and Razor files look up, with the file each was first seen in.</summary>
    public static IReadOnlyDictionary<string, string> KeysUsedIn(string moduleFolder)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(moduleFolder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            if (OwnText(text) is not null)
            {
                continue; // checked against the resources it names (KeysWithOwnText)
            }

            foreach (Match match in LocalizerKey().Matches(text))
            {
                keys.TryAdd(Regex.Unescape(match.Groups["key"].Value), Path.GetRelativePath(RepositoryFiles.Root, file));
            }
        }

        return keys;
    }

    /// <summary>
    /// Views that bring their own <c>T</c> (<c>@inject IHtmlLocalizer&lt;SearchText&gt; T</c>: the theme's search page
    /// speaks the Search module's words) with the English resources their keys must be in, and the keys they use.
    /// </summary>
    public static IEnumerable<(string File, string? Resources, IReadOnlyList<string> Keys)> KeysWithOwnText(string moduleFolder)
    {
        foreach (var file in Directory.EnumerateFiles(moduleFolder, "*.cshtml", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            if (OwnText(text) is not { } textClass)
            {
                continue;
            }

            var resources = ModuleFolders().SelectMany(EnglishResources)
                .FirstOrDefault(f => Path.GetFileNameWithoutExtension(f) == textClass);
            yield return (Path.GetRelativePath(RepositoryFiles.Root, file), resources,
                [.. LocalizerKey().Matches(text).Select(m => Regex.Unescape(m.Groups["key"].Value)).Distinct(StringComparer.Ordinal)]);
        }
    }

    private static string? OwnText(string fileText) => OwnLocalizer().Match(fileText) is { Success: true } match ? match.Groups["text"].Value : null;

    [GeneratedRegex(@"@inject\s+[\w.]*IHtmlLocalizer<(?:[\w]+\.)*(?<text>\w+)>\s+T\s*$", RegexOptions.Multiline)]
    private static partial Regex OwnLocalizer();

    /// <summary>The <c>{0}</c>-style placeholders of a text, in order of number.</summary>
    public static IEnumerable<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    // T["…"], S["…"], H["…"] (Orchard's names for the view, string and HTML localizers); ordinary string literals only.
    [GeneratedRegex("""(?<![\w.])[TSH]\[\s*"(?<key>(?:[^"\\\r\n]|\\.)*)"\s*[,\]]""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
