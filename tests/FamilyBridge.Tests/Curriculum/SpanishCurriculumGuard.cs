using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FamilyBridge.Tests.Curriculum;

/// <summary>
/// The checks behind the Spanish content guard (content-recipes/es). Each returns one message per problem, naming
/// the file, the item and the problem. Checks that do not depend on the language (ids, paths, module links, https
/// sources, long phone numbers, reviews) are <see cref="CurriculumGuard"/>'s own, run on the Spanish catalog; the
/// ones here know Spanish. Language notes: content-recipes/README.md, "Español".
/// </summary>
internal static partial class SpanishCurriculumGuard
{
    public const double MinReadingEase = 70;
    public const string SpanishPathPrefix = "es/";

    /// <summary>The content types that carry a LocalizationPart and have a twin in the other language.</summary>
    public static readonly string[] LocalizedTypes = ["Module", "Lesson", "Resource"];

    private static readonly Lazy<CurriculumCatalog> RepositoryCatalog = new(() => CurriculumCatalog.Load(LocateFolder()));

    /// <summary>Words to avoid (CONTENT-FACTS.md, "Spanish"), matched as whole words, any case.</summary>
    private static readonly (string Term, Regex Pattern, string Instead)[] StigmatisingTerms =
    [
        ("adicto", Term(@"adict[oa]s?"), "\"persona con un trastorno por consumo de sustancias\""),
        ("drogadicto", Term(@"drogadict[oa]s?|drogadicción"), "\"persona con un trastorno por consumo de sustancias\" / \"consumo de drogas\""),
        ("toxicómano", Term(@"toxicóman[oa]s?|toxicomanía"), "\"persona con un trastorno por consumo de sustancias\""),
        ("vicioso", Term(@"vicios[oa]s?|vicios?"), "\"consumo de sustancias\" or \"trastorno por consumo de sustancias\""),
        ("yonqui", Term(@"yonquis?|tecat[oa]s?"), "\"persona con un trastorno por consumo de sustancias\""),
        ("abusador", Term(@"abusador[ae]?s?"), "\"persona con un trastorno por consumo de sustancias\""),
        ("abuso de sustancias", Term(@"abuso\s+(?:de|del)\s+(?:drogas?|sustancias?|alcohol|medicamentos|medicinas)"), "\"consumo de sustancias\" or \"mal uso de medicinas\""),
        ("alcohólico", Term(@"alcohólic[oa]s?|borrach[oa]s?"), "\"persona con un trastorno por consumo de alcohol\""),
        ("limpio/sucio", Term(@"limpi[oa]s?|suci[oa]s?"), "\"sin consumir\" / \"en recuperación\" (people), \"negativa\" / \"positiva\" (tests); for things, \"nuevas\" or \"estériles\""),
    ];

    /// <summary>Proper names that contain a listed term and may be quoted as they are.</summary>
    private static readonly string[] AllowedProperNames =
    [
        "Instituto Nacional sobre el Abuso de Drogas",
        "Instituto Nacional sobre el Abuso del Alcohol y el Alcoholismo",
        "Administración de Servicios de Salud Mental y Abuso de Sustancias",
        "Alcohólicos Anónimos",
    ];

    private static readonly HashSet<string> NonTextKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "ContentItemId", "ContentItemVersionId", "ListContentItemId", "ContentType", "Url", "Owner",
        "CreatedUtc", "ModifiedUtc", "PublishedUtc", "LocalizationSet", "Culture", "Path", "Kind",
    };

    /// <summary>The repository's content-recipes/es (or FB_SPANISH_CURRICULUM_FOLDER when set).</summary>
    public static CurriculumCatalog Repository => RepositoryCatalog.Value;

    // ---- twins: every English item has one Spanish item with the same LocalizationSet, and back ------------------

    public static List<string> TwinProblems(CurriculumCatalog english, CurriculumCatalog spanish)
    {
        var problems = new List<string>();
        foreach (var type in LocalizedTypes)
        {
            var englishSets = Sets(english, type, "en", problems);
            var spanishSets = Sets(spanish, type, "es", problems);
            var missing = englishSets.Where(e => !spanishSets.ContainsKey(e.Key)).Select(e => e.Value).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{missing.Count} English {type} item(s) have no Spanish twin (same LocalizationSet, Culture \"es\"): "
                    + string.Join("; ", missing.Select(m => m.Where)) + ".");
            }
            problems.AddRange(spanishSets.Where(s => !englishSets.ContainsKey(s.Key))
                .Select(s => $"{s.Value.Where}: LocalizationSet \"{s.Key}\" matches no English {type}."));
        }

        // A Spanish lesson sits in the twin of its English lesson's module, at the same place in the list.
        var englishById = english.Items.Where(i => i.Id is not null).ToDictionary(i => i.Id!, StringComparer.Ordinal);
        var spanishById = spanish.Items.Where(i => i.Id is not null).ToDictionary(i => i.Id!, StringComparer.Ordinal);
        var spanishLessons = spanish.OfType("Lesson").Where(l => Set(l) is not null).ToDictionary(l => Set(l)!, StringComparer.Ordinal);
        foreach (var lesson in english.OfType("Lesson"))
        {
            if (Set(lesson) is not { } set || !spanishLessons.TryGetValue(set, out var twin))
            {
                continue;
            }
            var englishModule = englishById.GetValueOrDefault(lesson.Json.Str("ContainedPart", "ListContentItemId") ?? "");
            var spanishModule = spanishById.GetValueOrDefault(twin.Json.Str("ContainedPart", "ListContentItemId") ?? "");
            if (englishModule is not null && spanishModule is not null && Set(englishModule) != Set(spanishModule))
            {
                problems.Add($"{twin.Where}: is in module \"{spanishModule.Title}\", which is not the twin of \"{englishModule.Title}\" ({lesson.Where}).");
            }
            if (lesson.Json.Int("ContainedPart", "Order") != twin.Json.Int("ContainedPart", "Order"))
            {
                problems.Add($"{twin.Where}: ContainedPart.Order differs from its English twin's ({lesson.Where}).");
            }
        }
        return problems;
    }

    /// <summary>Spanish items say Culture "es" and live under /es/; nothing in the Spanish files claims another culture.</summary>
    public static List<string> CultureProblems(CurriculumCatalog spanish)
    {
        var problems = new List<string>();
        foreach (var item in spanish.Items.Where(i => LocalizedTypes.Contains(i.ContentType)))
        {
            var culture = item.Json.Str("LocalizationPart", "Culture");
            if (culture != "es")
            {
                problems.Add($"{item.Where}: LocalizationPart.Culture is {(culture is null ? "missing" : $"\"{culture}\"")}; Spanish items say \"es\".");
            }
            if (!item.Path.StartsWith(SpanishPathPrefix, StringComparison.Ordinal))
            {
                problems.Add($"{item.Where}: path \"{item.Path}\" does not start with \"{SpanishPathPrefix}\".");
            }
        }
        foreach (var file in spanish.Files.Where(f => f.Root is { } r && !(r.Str("name") ?? "").StartsWith("familybridge.curriculum.es.", StringComparison.Ordinal)))
        {
            problems.Add($"{file.File}: recipe name \"{file.Root!.Value.Str("name")}\" should start with \"familybridge.curriculum.es.\" (the setup recipe must not run it by an English name).");
        }
        return problems;
    }

    // ---- each lesson ------------------------------------------------------------------------------------------

    public static List<string> ReadingEaseProblems(CurriculumCatalog spanish)
    {
        var problems = new List<string>();
        foreach (var lesson in spanish.OfType("Lesson"))
        {
            var body = lesson.Json.Str("MarkdownBodyPart", "Markdown");
            if (string.IsNullOrWhiteSpace(body))
            {
                continue; // reported by LessonPartProblems
            }
            var ease = SpanishReadability.FernandezHuerta(body);
            if (ease < MinReadingEase)
            {
                var plain = Readability.ToPlainText(body);
                var words = SpanishReadability.Words(plain);
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{lesson.Where}: Fernández-Huerta reading ease {ease:0.0} ({words.Count} words, {SpanishReadability.CountSentences(plain)} sentences, {words.Sum(SpanishReadability.CountSyllables)} syllables); it needs {MinReadingEase} or more — use shorter sentences and everyday words."));
            }
        }
        return problems;
    }

    /// <summary>The English guard's part checks, with words counted the Spanish way (accented letters are letters).</summary>
    public static List<string> LessonPartProblems(CurriculumCatalog spanish)
    {
        var problems = CurriculumGuard.LessonPartProblems(spanish).Where(p => !p.Contains(": body has ", StringComparison.Ordinal)).ToList();
        foreach (var lesson in spanish.OfType("Lesson"))
        {
            var body = lesson.Json.Str("MarkdownBodyPart", "Markdown");
            if (!string.IsNullOrWhiteSpace(body) && SpanishReadability.CountWords(body) is var words
                && words is < CurriculumGuard.MinBodyWords or > CurriculumGuard.MaxBodyWords)
            {
                problems.Add($"{lesson.Where}: body has {words} words; it needs {CurriculumGuard.MinBodyWords}–{CurriculumGuard.MaxBodyWords}.");
            }
            foreach (var (question, q) in lesson.Json.Bag("Questions").Select((x, i) => (x, i)))
            {
                var choices = question.Str("KnowledgeCheckQuestion", "Choices", "Text").Lines();
                if (choices.Count < 3)
                {
                    problems.Add($"{lesson.Where}: question {q + 1} has {choices.Count} choices; a Spanish check, like its English twin, offers at least 3.");
                }
                if (choices.Distinct(StringComparer.OrdinalIgnoreCase).Count() != choices.Count)
                {
                    problems.Add($"{lesson.Where}: question {q + 1} repeats a choice.");
                }
            }
        }
        return problems;
    }

    // ---- language and phone numbers -----------------------------------------------------------------------------

    public static List<string> StigmaProblems(CurriculumCatalog spanish)
    {
        var problems = new List<string>();
        foreach (var (where, text) in ReaderFacingText(spanish))
        {
            var scrubbed = AllowedProperNames.Aggregate(text, (t, name) => Regex.Replace(t, Regex.Escape(name), " ", RegexOptions.IgnoreCase));
            foreach (var (term, pattern, instead) in StigmatisingTerms)
            {
                foreach (Match m in pattern.Matches(scrubbed))
                {
                    problems.Add($"{where}: uses \"{m.Value}\" (stigmatising term \"{term}\"); say {instead}.");
                }
            }
        }
        return problems;
    }

    /// <summary>The English guard's long-number check, plus short numbers offered after a Spanish verb ("llame al 988").</summary>
    public static List<string> PhoneProblems(CurriculumCatalog spanish)
    {
        var problems = CurriculumGuard.PhoneProblems(spanish);
        foreach (var (where, text) in ReaderFacingText(spanish))
        {
            foreach (Match m in ShortNumberAfterSpanishVerb().Matches(text))
            {
                var number = m.Groups["n"].Value;
                if (number is not ("988" or "911" or "435748" or "88788"))
                {
                    problems.Add($"{where}: \"{m.Value.Trim()}\" offers {number}, which is not one of the vetted short numbers (988, 911, 435748, 88788).");
                }
            }
        }
        return problems;
    }

    /// <summary>Ids are unique across both languages, so a Spanish twin never overwrites its English item on import.</summary>
    public static List<string> SharedIdProblems(CurriculumCatalog english, CurriculumCatalog spanish)
    {
        var englishIds = english.Files.Where(f => f.Root is not null)
            .SelectMany(f => f.Root!.Value.Strings("$").Where(s => IsId(s.Key)).Select(s => s.Value)).ToHashSet(StringComparer.Ordinal);
        return [.. spanish.Files.Where(f => f.Root is not null)
            .SelectMany(f => f.Root!.Value.Strings("$").Where(s => IsId(s.Key) && englishIds.Contains(s.Value))
                .Select(s => $"{spanish.Describe(f.File, s.Path)}: {s.Key} \"{s.Value}\" is also used by the English curriculum."))];
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    public static string? Set(CurriculumItem item) => item.Json.Str("LocalizationPart", "LocalizationSet");

    internal static IEnumerable<(string Where, string Text)> ReaderFacingText(CurriculumCatalog catalog) =>
        catalog.Files.Where(f => f.Root is not null)
            .SelectMany(f => f.Root!.Value.Strings("$")
                .Where(s => !NonTextKeys.Contains(s.Key) && s.Value.Length > 0)
                .Select(s => (catalog.Describe(f.File, s.Path), s.Value)));

    private static Dictionary<string, CurriculumItem> Sets(CurriculumCatalog catalog, string type, string culture, List<string> problems)
    {
        var sets = new Dictionary<string, CurriculumItem>(StringComparer.Ordinal);
        foreach (var item in catalog.OfType(type))
        {
            var set = Set(item);
            var itemCulture = item.Json.Str("LocalizationPart", "Culture");
            if (string.IsNullOrWhiteSpace(set) || itemCulture != culture)
            {
                problems.Add($"{item.Where}: needs \"LocalizationPart\": {{ \"LocalizationSet\": \"…\", \"Culture\": \"{culture}\" }}.");
            }
            else if (!sets.TryAdd(set, item))
            {
                problems.Add($"{item.Where}: LocalizationSet \"{set}\" is also used by {sets[set].Where}.");
            }
        }
        return sets;
    }

    private static bool IsId(string key) =>
        key.Equals("ContentItemId", StringComparison.OrdinalIgnoreCase) || key.Equals("ContentItemVersionId", StringComparison.OrdinalIgnoreCase);

    private static string LocateFolder()
    {
        if (Environment.GetEnvironmentVariable("FB_SPANISH_CURRICULUM_FOLDER") is { Length: > 0 } overridden)
        {
            return overridden;
        }
        var english = CurriculumCatalog.Repository.Folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(english) ?? english, "es");
    }

    private static Regex Term(string pattern) =>
        new($@"(?<![\p{{L}}\p{{N}}])(?:{pattern})(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A 3-, 5- or 6-digit number offered after "llame", "marque", "mande", "texto"… (al 988, al 435748).</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:llam\w*|marc\w*|marqu\w*|mand\w*|envi\w*|envíe\w*|texto)(?![\p{L}])[^.!?\d\n]{0,30}?(?<![\d(-])(?<n>\d{3}|\d{5,6})(?![\d)-])", RegexOptions.IgnoreCase)]
    private static partial Regex ShortNumberAfterSpanishVerb();
}
