using System.Text.RegularExpressions;
using System.Xml.Linq;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FamilyBridge.E2E.Infrastructure;

/// <summary>
/// Every English interface string whose Spanish differs, from every module's <c>Resources/*.resx</c> and its
/// <c>.es.resx</c>, as a whole-text pattern (<c>{0}</c> matches anything). A Spanish page that shows one of them
/// as an element's whole text, a label or a title has English interface text left in it.
/// </summary>
public static partial class EnglishInterfaceText
{
    private static readonly Lazy<IReadOnlyList<(string English, Regex Pattern)>> Patterns = new(Load);

    /// <summary>Fails listing each element text, label or title on the page that is an English interface string.</summary>
    public static async Task AssertNoEnglishInterfaceTextAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        // Whole texts of elements (also hidden ones: a closed menu is still the page's words) and the attributes a
        // screen reader speaks. Lesson sources are excluded: a Spanish lesson may cite an English-language page,
        // and so is anything marked as another language (the switcher's "English").
        var texts = await page.EvaluateAsync<string[]>("""
            () => {
                const out = new Set([document.title.trim()]);
                const other = el => el.closest('.sources, [lang]:not([lang^="es"])');
                for (const el of document.body.querySelectorAll('*')) {
                    if (el.matches('script, style, template') || other(el)) continue;
                    // The element's text without what a child marks as another language (<li><a lang="en">English</a></li>).
                    let own = '';
                    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                    while (walker.nextNode()) {
                        const parent = walker.currentNode.parentElement;
                        if (!other(parent) && !parent.closest('script, style, template')) own += walker.currentNode.nodeValue;
                    }
                    const text = own.replace(/\s+/g, ' ').trim();
                    if (text && text.length <= 400) out.add(text);
                    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
                        const value = el.getAttribute(name);
                        if (value && value.trim()) out.add(value.replace(/\s+/g, ' ').trim());
                    }
                }
                return [...out];
            }
            """);
        var found = texts
            .SelectMany(text => Patterns.Value.Where(p => p.Pattern.IsMatch(text)).Select(p => $"\"{text}\" (English: \"{p.English}\")"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(found.Count == 0, $"English interface text on the Spanish page {page.Url}:\n{string.Join("\n", found)}");
    }

    private static List<(string English, Regex Pattern)> Load()
    {
        var files = Directory.EnumerateDirectories(RepositoryFiles.Get("src")).Concat(Directory.EnumerateDirectories(RepositoryFiles.Get("themes")))
            .Select(module => Path.Combine(module, "Resources"))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.resx"))
            .Where(f => !Path.GetFileNameWithoutExtension(f).Contains('.', StringComparison.Ordinal));
        var patterns = new List<(string, Regex)>();
        foreach (var english in files)
        {
            var spanishFile = Path.ChangeExtension(english, ".es.resx");
            var spanish = File.Exists(spanishFile) ? Read(spanishFile) : new Dictionary<string, string>();
            foreach (var (key, value) in Read(english))
            {
                var text = Visible(value);
                if (spanish.TryGetValue(key, out var translation) && Visible(translation) == text)
                {
                    continue; // "TTY", "FamilyBridge": the same in both languages.
                }

                var literals = Placeholder().Split(text);
                // A pattern that is mostly placeholders ("{0} of {1}") would match Spanish content; too weak to judge.
                var letters = literals.Sum(l => l.Count(char.IsLetter));
                if (letters < 4 || (literals.Length > 1 && letters < 6))
                {
                    continue;
                }

                var pattern = "^" + string.Join(".+", literals.Select(Regex.Escape)) + "$";
                patterns.Add((text, new Regex(pattern, RegexOptions.CultureInvariant)));
            }
        }

        return patterns;
    }

    private static Dictionary<string, string> Read(string resx) =>
        XDocument.Load(resx).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    /// <summary>The text a reader sees: tags dropped, entities decoded, spaces collapsed.</summary>
    private static string Visible(string value) =>
        string.Join(' ', System.Net.WebUtility.HtmlDecode(Tag().Replace(value, "")).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
