using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.Tests.Curriculum;

/// <summary>
/// The checks behind the curriculum content guard. Each returns one message per problem, naming the file, the
/// item and the problem, so a failing build says exactly what to fix. Facts and language rules:
/// /shared/design/CONTENT-FACTS.md.
/// </summary>
internal static partial class CurriculumGuard
{
    public const double MaxGrade = 8.5;
    public const int MinBodyWords = 500;
    public const int MaxBodyWords = 1000;

    /// <summary>
    /// The vetted numbers (digits only, no leading 1): SAMHSA Helpline, its TTY, Poison Help, the National Domestic
    /// Violence Hotline and Never Use Alone.
    /// </summary>
    private static readonly HashSet<string> VettedLongNumbers = ["8006624357", "8004874889", "8002221222", "8007997233", "8004843731"];

    /// <summary>Short numbers that may follow "call", "text" or "dial": 988, 911, the SAMHSA text line and the Hotline's text line.</summary>
    private static readonly HashSet<string> VettedShortNumbers = ["988", "911", "435748", "88788"];

    private const string VettedList =
        "988, 911, 1-800-662-4357, TTY 1-800-487-4889, 1-800-222-1222, 1-800-799-7233, 1-800-484-3731, text 435748, text START to 88788";

    /// <summary>Words from CONTENT-FACTS.md's language guide (NIDA "Words Matter"), matched as whole words, any case.</summary>
    private static readonly (string Term, Regex Pattern, string Instead)[] StigmatisingTerms =
    [
        ("addict", Term(@"addicts?"), "\"person with a substance use disorder\""),
        ("junkie", Term(@"junkies?"), "\"person with a substance use disorder\""),
        ("abuser", Term(@"abusers?"), "\"person with a substance use disorder\""),
        ("drug abuse", Term(@"drug[\s-]+abuse"), "\"substance use\" or \"drug use\""),
        ("clean", Term(@"clean"), "\"not using\" / \"in recovery\" (people) or \"negative\" (tests); for things, \"clear out\" or \"wipe\""),
        ("dirty", Term(@"dirty"), "\"using\" (people) or \"positive\" (tests)"),
        ("habit", Term(@"habit"), "\"substance use\" or \"substance use disorder\""),
    ];

    /// <summary>Proper names that contain a listed term and may be quoted as they are.</summary>
    private static readonly string[] AllowedProperNames =
    [
        "National Institute on Drug Abuse",
        "Substance Abuse and Mental Health Services Administration",
    ];

    /// <summary>String properties that are identifiers, types or addresses rather than reader-facing text.</summary>
    private static readonly HashSet<string> NonTextKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "ContentItemId", "ContentItemVersionId", "ListContentItemId", "ContentType", "Url", "Owner",
        "CreatedUtc", "ModifiedUtc", "PublishedUtc",
    };

    // ---- the curriculum as a whole ------------------------------------------------------------------------

    public static List<string> FileProblems(CurriculumCatalog catalog)
    {
        var problems = new List<string>();
        if (catalog.Files.Count == 0)
        {
            problems.Add($"No *.recipe.json files in {catalog.Folder}.");
        }
        foreach (var file in catalog.Files)
        {
            if (file.Root is not { } root)
            {
                problems.Add($"{file.File}: {file.Error}");
                continue;
            }
            var name = root.Str("name") ?? "";
            if (!name.StartsWith("familybridge.curriculum.", StringComparison.Ordinal))
            {
                problems.Add($"{file.File}: recipe name \"{name}\" should start with \"familybridge.curriculum.\".");
            }
            if (!catalog.Items.Any(i => i.File == file.File))
            {
                problems.Add($"{file.File}: has no \"content\" step with items in \"data\".");
            }
        }
        return problems;
    }

    // ---- each lesson ----------------------------------------------------------------------------------------

    public static List<string> LessonPartProblems(CurriculumCatalog catalog)
    {
        var problems = new List<string>();
        foreach (var lesson in catalog.OfType("Lesson"))
        {
            var j = lesson.Json;
            void Need(bool ok, string problem)
            {
                if (!ok)
                {
                    problems.Add($"{lesson.Where}: {problem}");
                }
            }

            Need(!string.IsNullOrWhiteSpace(j.Str("TitlePart", "Title")), "has no TitlePart.Title.");
            Need(!string.IsNullOrWhiteSpace(j.Str("AutoroutePart", "Path")), "has no AutoroutePart.Path.");
            Need(!string.IsNullOrWhiteSpace(j.Str("Lesson", "Summary", "Text")), "has no Lesson.Summary.");
            Need(j.Int("Lesson", "EstimatedMinutes", "Value") is >= 1, "has no Lesson.EstimatedMinutes (a whole number of at least 1).");

            var objectives = j.Str("Lesson", "Objectives", "Text").Lines().Count;
            Need(objectives is >= 2 and <= 4, $"has {objectives} objectives; it needs 2–4 (one per line in Lesson.Objectives).");
            Need(j.Str("Lesson", "KeyTakeaways", "Text").Lines().Count > 0, "has no key takeaways (Lesson.KeyTakeaways).");
            Need(!string.IsNullOrWhiteSpace(j.Str("Lesson", "ReflectionPrompt", "Text")), "has no Lesson.ReflectionPrompt.");

            var body = j.Str("MarkdownBodyPart", "Markdown");
            if (string.IsNullOrWhiteSpace(body))
            {
                problems.Add($"{lesson.Where}: has no body (MarkdownBodyPart.Markdown).");
            }
            else
            {
                var words = Readability.CountWords(body);
                Need(words is >= MinBodyWords and <= MaxBodyWords,
                    $"body has {words} words; it needs {MinBodyWords}–{MaxBodyWords}.");
            }

            var questions = j.Bag("Questions");
            Need(questions.Count is >= 2 and <= 4, $"has {questions.Count} knowledge-check questions; it needs 2–4.");
            for (var q = 0; q < questions.Count; q++)
            {
                var question = questions[q];
                var label = $"question {q + 1}";
                var prompt = question.Str("KnowledgeCheckQuestion", "Prompt", "Text");
                Need(!string.IsNullOrWhiteSpace(prompt), $"{label} has no prompt.");
                label = $"question {q + 1} (\"{Shorten(prompt)}\")";
                var choices = question.Str("KnowledgeCheckQuestion", "Choices", "Text").Lines().Count;
                Need(choices >= 2, $"{label} has {choices} choices; it needs at least 2 (one per line).");
                var correct = question.Int("KnowledgeCheckQuestion", "CorrectChoice", "Value");
                Need(correct is { } c && c >= 1 && c <= choices,
                    $"{label} has CorrectChoice {correct?.ToString(CultureInfo.InvariantCulture) ?? "(missing)"}; it must be 1–{choices} (1-based).");
                Need(!string.IsNullOrWhiteSpace(question.Str("KnowledgeCheckQuestion", "Explanation", "Text")),
                    $"{label} has no explanation.");
            }

            Need(j.Bag("Sources").Count >= 1, "has no sources (Sources.ContentItems).");

            // Readers' answers and checklist ticks point at bag items by id, so each needs its own fixed one.
            foreach (var bag in new[] { "Questions", "Checklist", "Sources" })
            {
                var items = j.Bag(bag);
                for (var b = 0; b < items.Count; b++)
                {
                    Need(!string.IsNullOrWhiteSpace(items[b].Str("ContentItemId")), $"{bag} item {b + 1} has no ContentItemId.");
                }
            }
        }
        return problems;
    }

    public static List<string> ReadingLevelProblems(CurriculumCatalog catalog)
    {
        var problems = new List<string>();
        foreach (var lesson in catalog.OfType("Lesson"))
        {
            var body = lesson.Json.Str("MarkdownBodyPart", "Markdown");
            if (string.IsNullOrWhiteSpace(body))
            {
                continue; // reported by LessonPartProblems
            }
            var grade = Readability.FleschKincaidGrade(body);
            if (grade > MaxGrade)
            {
                var plain = Readability.ToPlainText(body);
                var words = Readability.Words(plain);
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{lesson.Where}: body reads at Flesch–Kincaid grade {grade:0.0} ({words.Count} words, {Readability.CountSentences(plain)} sentences, {words.Sum(Readability.CountSyllables)} syllables); the limit is {MaxGrade} — use shorter sentences and everyday words."));
            }
        }
        return problems;
    }

    public static List<string> ModuleLinkProblems(CurriculumCatalog catalog)
    {
        var modules = catalog.OfType("Module").Select(m => m.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var lesson in catalog.OfType("Lesson"))
        {
            var list = lesson.Json.Str("ContainedPart", "ListContentItemId");
            if (string.IsNullOrWhiteSpace(list))
            {
                problems.Add($"{lesson.Where}: has no ContainedPart.ListContentItemId (every lesson belongs to a module).");
            }
            else if (!modules.Contains(list))
            {
                problems.Add($"{lesson.Where}: ContainedPart points to module \"{list}\", which no curriculum file defines.");
            }
        }
        return problems;
    }

    // ---- sources ---------------------------------------------------------------------------------------------

    public static List<string> SourceProblems(CurriculumCatalog catalog)
    {
        var problems = new List<string>();
        foreach (var lesson in catalog.OfType("Lesson"))
        {
            var sources = lesson.Json.Bag("Sources");
            for (var s = 0; s < sources.Count; s++)
            {
                var title = sources[s].Str("Source", "Title", "Text");
                var label = $"{lesson.Where}: source {s + 1}" + (string.IsNullOrWhiteSpace(title) ? "" : $" (\"{Shorten(title)}\")");
                if (string.IsNullOrWhiteSpace(sources[s].Str("Source", "Organization", "Text")))
                {
                    problems.Add($"{label} names no organisation.");
                }
                if (string.IsNullOrWhiteSpace(title))
                {
                    problems.Add($"{label} has no page title.");
                }
                if (LinkProblem(sources[s].Str("Source", "Link", "Url")) is { } problem)
                {
                    problems.Add($"{label} {problem}");
                }
            }
        }
        foreach (var resource in catalog.OfType("Resource"))
        {
            var url = resource.Json.Str("Resource", "Url", "Url");
            if (!string.IsNullOrWhiteSpace(url) && LinkProblem(url) is { } problem)
            {
                problems.Add($"{resource.Where}: Resource.Url {problem}");
            }
        }
        return problems;
    }

    // ---- language and phone numbers (every reader-facing string in every file) ---------------------------------

    public static List<string> StigmaProblems(CurriculumCatalog catalog)
    {
        var problems = new List<string>();
        foreach (var (where, text) in ReaderFacingText(catalog))
        {
            var scrubbed = AllowedProperNames.Aggregate(text,
                (t, name) => Regex.Replace(t, Regex.Escape(name), " ", RegexOptions.IgnoreCase));
            foreach (var (term, pattern, instead) in StigmatisingTerms)
            {
                foreach (Match m in pattern.Matches(scrubbed))
                {
                    problems.Add($"{where}: uses \"{m.Value}\" (stigmatising term \"{term}\") in \"…{Excerpt(scrubbed, m)}…\"; say {instead}.");
                }
            }
        }
        return problems;
    }

    public static List<string> PhoneProblems(CurriculumCatalog catalog)
    {
        var problems = new List<string>();
        foreach (var (where, text) in ReaderFacingText(catalog))
        {
            foreach (Match m in PhoneLike().Matches(text))
            {
                if (RetiredLifeline().IsMatch(m.Value))
                {
                    continue; // judged by RetiredLifelineProblems
                }
                var digits = KeypadDigits(m.Value);
                if (digits.Length == 11 && digits[0] == '1')
                {
                    digits = digits[1..];
                }
                if (!VettedLongNumbers.Contains(digits))
                {
                    problems.Add($"{where}: phone number \"{m.Value}\" is not one of the vetted numbers ({VettedList}).");
                }
            }
            foreach (Match m in ShortNumberAfterVerb().Matches(text))
            {
                var number = m.Groups["n"].Value;
                if (!VettedShortNumbers.Contains(number))
                {
                    problems.Add($"{where}: \"{m.Value.Trim()}\" offers {number}, which is not one of the vetted short numbers ({VettedList}).");
                }
            }
        }
        return problems;
    }

    public static List<string> RetiredLifelineProblems(CurriculumCatalog catalog)
    {
        var problems = new List<string>();
        foreach (var (where, text) in ReaderFacingText(catalog))
        {
            foreach (Match m in RetiredLifeline().Matches(text))
            {
                var sentence = SentenceAround(text, m.Index);
                var framedAsOld = RetiredWording().IsMatch(sentence) && sentence.Contains("988", StringComparison.Ordinal);
                if (!framedAsOld)
                {
                    problems.Add($"{where}: presents the retired lifeline number \"{m.Value}\" in \"{sentence.Trim()}\"; show 988 instead (call or text).");
                }
            }
        }
        return problems;
    }

    // ---- ids -------------------------------------------------------------------------------------------------

    public static List<string> IdProblems(CurriculumCatalog catalog)
    {
        var problems = new List<string>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in catalog.Files)
        {
            if (file.Root is not { } root)
            {
                continue; // reported by FileProblems
            }
            foreach (var (path, key, value) in root.Strings("$"))
            {
                if (!key.Equals("ContentItemId", StringComparison.OrdinalIgnoreCase)
                    && !key.Equals("ContentItemVersionId", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                var where = catalog.Describe(file.File, path);
                if (!ContentIds.IsValid(value))
                {
                    problems.Add($"{where}: {key} \"{value}\" is not {ContentIds.Length} characters of \"{ContentIds.Alphabet}\".");
                }
                if (seen.TryGetValue(value, out var first))
                {
                    problems.Add($"{where}: {key} \"{value}\" is already used by {first}.");
                }
                else
                {
                    seen[value] = where;
                }
            }
        }
        return problems;
    }

    public static List<string> PathProblems(CurriculumCatalog catalog)
    {
        var problems = catalog.Items
            .Where(i => i.Path.Length > 0)
            .GroupBy(i => i.Path.Trim('/'), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"Path \"{g.Key}\" is used by {string.Join(" and ", g.Select(i => i.Where))}.")
            .ToList();
        return problems;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /// <summary>A message when the curriculum has fewer than <paramref name="minimum"/> items of a type, else null.</summary>
    public static string? TooFew(CurriculumCatalog catalog, string contentType, int minimum)
    {
        var count = catalog.OfType(contentType).Count();
        if (count >= minimum)
        {
            return null;
        }
        var byFile = catalog.OfType(contentType).GroupBy(i => i.File).Select(g => $"{g.Key}: {g.Count()}").ToList();
        return $"The curriculum has {count} {contentType} item(s); it needs at least {minimum}. " +
            $"Found in {catalog.Folder}: {(byFile.Count == 0 ? "none" : string.Join(", ", byFile))}.";
    }

    /// <summary>Every reader-facing string in every file, named by file, item and JSON path.</summary>
    private static IEnumerable<(string Where, string Text)> ReaderFacingText(CurriculumCatalog catalog)
    {
        foreach (var file in catalog.Files)
        {
            if (file.Root is not { } root)
            {
                continue;
            }
            foreach (var (path, key, value) in root.Strings("$"))
            {
                if (!NonTextKeys.Contains(key) && value.Length > 0)
                {
                    yield return (catalog.Describe(file.File, path), value);
                }
            }
        }
    }

    private static string? LinkProblem(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "has no URL.";
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return $"has a URL that is not a full web address: \"{url}\".";
        }
        return uri.Scheme == Uri.UriSchemeHttps ? null : $"has a non-https URL: \"{url}\".";
    }

    /// <summary>Digits of a phone number, letters read off a telephone keypad (1-800-662-HELP → 18006624357).</summary>
    public static string KeypadDigits(string phone)
    {
        const string keypad = "22233344455566677778889999";
        return new string(phone.ToUpperInvariant()
            .Where(c => char.IsAsciiDigit(c) || c is >= 'A' and <= 'Z')
            .Select(c => char.IsAsciiDigit(c) ? c : keypad[c - 'A'])
            .ToArray());
    }

    private static string SentenceAround(string text, int index)
    {
        var start = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, index - 1));
        // a dot inside the number itself (273.8255) is not a sentence end
        while (start > 0 && start >= index - 4 && char.IsAsciiDigit(text[start - 1]))
        {
            start = text.LastIndexOfAny(['.', '!', '?', '\n'], start - 1);
        }
        var end = SentenceEnd().Match(text, index);
        var stop = end.Success ? end.Index + 1 : text.Length;
        return text[(start + 1)..stop];
    }

    private static string Excerpt(string text, Match m)
    {
        var from = Math.Max(0, m.Index - 30);
        var to = Math.Min(text.Length, m.Index + m.Length + 30);
        return Regex.Replace(text[from..to], @"\s+", " ");
    }

    private static string Shorten(string? text) =>
        text is null ? "" : text.Length <= 50 ? text : text[..47] + "…";

    private static Regex Term(string pattern) =>
        new($@"(?<![\p{{L}}\p{{N}}]){pattern}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>US phone numbers: 1-800-662-4357, (800) 662-4357, 800.662.4357, 1-800-662-HELP, 662-4357, 8006624357.</summary>
    [GeneratedRegex(@"(?<![\w-])(?:(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-](?:\d{4}|[A-Za-z]{4})|\d{3}-\d{4}|1?\d{10})(?![\w-])")]
    private static partial Regex PhoneLike();

    /// <summary>A 3-, 5- or 6-digit number offered after "call", "text" or "dial" (988, 911, 435748 — or something else).</summary>
    [GeneratedRegex(@"\b(?:call|calls|calling|text|texts|texting|txt|dial|dials|dialing)\b[^.!?\d\n]{0,25}?(?<![\d(-])(?<n>\d{3}|\d{5,6})(?![\d)-])", RegexOptions.IgnoreCase)]
    private static partial Regex ShortNumberAfterVerb();

    [GeneratedRegex(@"273[\s.-]?(?:8255|TALK)", RegexOptions.IgnoreCase)]
    private static partial Regex RetiredLifeline();

    [GeneratedRegex(@"\b(?:old|older|former|formerly|retired|used to|no longer|replaced|still routes|still forwards)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RetiredWording();

    [GeneratedRegex(@"[.!?](?=\s|$)")]
    private static partial Regex SentenceEnd();

}
