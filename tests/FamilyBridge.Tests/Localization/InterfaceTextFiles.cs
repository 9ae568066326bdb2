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
            foreach (Match match in LocalizerKey().Matches(File.ReadAllText(file)))
            {
                keys.TryAdd(Regex.Unescape(match.Groups["key"].Value), Path.GetRelativePath(RepositoryFiles.Root, file));
            }
        }

        return keys;
    }

    /// <summary>The <c>{0}</c>-style placeholders of a text, in order of number.</summary>
    public static IEnumerable<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    // T["…"], S["…"], H["…"] (Orchard's names for the view, string and HTML localizers); ordinary string literals only.
    [GeneratedRegex("""(?<![\w.])[TSH]\[\s*"(?<key>(?:[^"\\\r\n]|\\.)*)"\s*[,\]]""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
