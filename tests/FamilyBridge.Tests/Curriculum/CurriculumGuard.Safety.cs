using System.Text.RegularExpressions;

namespace FamilyBridge.Tests.Curriculum;

/// <summary>
/// Safety facts a reviewer corrected in the second edition (issue 18), checked on every reader-facing paragraph so
/// an old figure cannot creep back in from a copied lesson: naloxone's duration, the uncontrolled 74% figure,
/// breathing as the guide for more naloxone, storage by the label, who may prescribe buprenorphine, the current
/// helplines, a never-leave-alone line beside every "step back" scene, mail-back envelopes and primary sources.
/// </summary>
internal static partial class CurriculumGuard
{
    /// <summary>Hosts of encyclopedias and wikis: lessons cite the organisation or paper itself.</summary>
    private static readonly string[] EncyclopediaHosts = ["wikipedia.org", "britannica.com", "wikihow.com", "fandom.com"];

    public static List<string> SafetyFactProblems(CurriculumCatalog catalog)
    {
        var problems = new List<string>();
        foreach (var (where, text) in ReaderFacingText(catalog))
        {
            foreach (var paragraph in Paragraphs(text))
            {
                void Flag(string problem) => problems.Add($"{where}: {problem} In \"{Shorten(paragraph.Trim())}\".");

                var naloxone = paragraph.Contains("naloxone", StringComparison.OrdinalIgnoreCase)
                               || paragraph.Contains("wears off", StringComparison.OrdinalIgnoreCase);
                foreach (var sentence in Sentences(paragraph).Where(s => WearsOff().IsMatch(s)))
                {
                    foreach (Match m in MinuteRange().Matches(sentence))
                    {
                        if (m.Groups["from"].Value != "30" || m.Groups["to"].Value != "90")
                        {
                            Flag($"gives naloxone's duration as \"{m.Value}\"; sources say it wears off in 30 to 90 minutes.");
                        }
                    }
                }
                if (SeventyFourPercent().IsMatch(paragraph) && !paragraph.Contains("comparison group", StringComparison.OrdinalIgnoreCase))
                {
                    Flag("quotes the 74% CRAFT figure without saying it came from a study with no comparison group.");
                }
                foreach (var sentence in Sentences(paragraph).Where(s => MoreNaloxone().IsMatch(s)))
                {
                    if (!sentence.Contains("breath", StringComparison.OrdinalIgnoreCase))
                    {
                        Flag($"says when to give more naloxone without breathing as the guide (\"{sentence.Trim()}\"); with xylazine a person may breathe but not wake.");
                    }
                }
                if (paragraph.Contains("room temperature", StringComparison.OrdinalIgnoreCase))
                {
                    Flag("says \"room temperature\"; say to follow the label: do not freeze, not above 104 °F.");
                }
                if (naloxone && NaloxoneInCar().IsMatch(paragraph)
                    && !(paragraph.Contains("104", StringComparison.Ordinal) && paragraph.Contains("freez", StringComparison.OrdinalIgnoreCase)))
                {
                    Flag("suggests keeping naloxone in a car without the label's limits (do not freeze, not above 104 °F).");
                }
                foreach (var sentence in Sentences(paragraph))
                {
                    if (sentence.Contains("buprenorphine", StringComparison.OrdinalIgnoreCase)
                        && sentence.Contains("prescribe", StringComparison.OrdinalIgnoreCase)
                        && !sentence.Contains("DEA", StringComparison.Ordinal))
                    {
                        Flag($"says who may prescribe buprenorphine without the 2023 rule (any clinician with a DEA registration): \"{sentence.Trim()}\".");
                    }
                }
                if (ParentCoaching().Match(paragraph) is { Success: true } coaching)
                {
                    Flag($"calls it \"{coaching.Value}\"; the Partnership to End Addiction's service is now Peer Coaching.");
                }
                if (DidNotCause().IsMatch(paragraph) && CannotControl().IsMatch(paragraph) && !CannotCure().IsMatch(paragraph))
                {
                    Flag("gives Al-Anon's \"didn't cause it, can't control it\" without the third C, \"can't cure it\".");
                }
                // Names and titles may say "National Domestic Violence Hotline"; prose that sends a reader there gives the numbers.
                if (IsGuidance(where) && DomesticViolence().IsMatch(paragraph) && Hotline().IsMatch(paragraph)
                    && !(paragraph.Contains("1-800-799-7233", StringComparison.Ordinal) && StartTo88788().IsMatch(paragraph)))
                {
                    Flag("points to the domestic violence hotline without 1-800-799-7233 and \"text START to 88788\".");
                }
                if (StepBackWhileDrowsy().IsMatch(paragraph)
                    && !(paragraph.Contains("breathing", StringComparison.OrdinalIgnoreCase) && NeverLeaveAlone().IsMatch(paragraph)))
                {
                    Flag("steps back from a loved one who may be very drowsy without \"check that they are breathing and can be woken; never leave a very drowsy person alone\".");
                }
            }
        }
        return problems;
    }

    /// <summary>"Not medical advice" belongs once per page (the lesson template's notice), not inside lesson bodies.</summary>
    public static List<string> MedicalNoticeProblems(CurriculumCatalog catalog)
    {
        var problems = new List<string>();
        foreach (var lesson in catalog.OfType("Lesson"))
        {
            var body = lesson.Json.Str("MarkdownBodyPart", "Markdown") ?? "";
            if (NotMedicalAdvice().Match(body) is { Success: true } m)
            {
                problems.Add($"{lesson.Where}: the body says \"{m.Value}\"; the lesson page shows that notice once (Lesson.MedicalDisclaimer), so leave it out of the text.");
            }
            if (lesson.Json.At("Lesson", "MedicalDisclaimer", "Value") is not { ValueKind: System.Text.Json.JsonValueKind.True })
            {
                problems.Add($"{lesson.Where}: Lesson.MedicalDisclaimer is not true; every lesson page shows the \"not medical advice\" notice once.");
            }
        }
        return problems;
    }

    /// <summary>Disposal advice names every way to get rid of medicines, and lessons cite primary sources, not encyclopedias.</summary>
    public static List<string> SourceQualityProblems(CurriculumCatalog catalog)
    {
        var problems = new List<string>();
        foreach (var lesson in catalog.OfType("Lesson"))
        {
            foreach (var (source, s) in lesson.Json.Bag("Sources").Select((x, i) => (x, i)))
            {
                var url = source.Str("Source", "Link", "Url") ?? "";
                if (Uri.TryCreate(url, UriKind.Absolute, out var uri)
                    && EncyclopediaHosts.Any(h => uri.Host.Equals(h, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add($"{lesson.Where}: source {s + 1} is an encyclopedia ({uri.Host}); cite the organisation or the paper (PubMed) instead.");
                }
            }
            var body = lesson.Json.Str("MarkdownBodyPart", "Markdown") ?? "";
            if (TakeBack().IsMatch(body) && !body.Contains("mail-back", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{lesson.Where}: explains take-back disposal but not mail-back envelopes.");
            }
        }
        foreach (var resource in catalog.OfType("Resource"))
        {
            var text = resource.Json.Str("Resource", "Description", "Text") ?? "";
            if (resource.Json.Str("Resource", "Kind", "Text") == "Medicine disposal" && TakeBack().IsMatch(text)
                && !text.Contains("mail-back", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{resource.Where}: describes take-back disposal but not mail-back envelopes.");
            }
        }
        return problems;
    }

    /// <summary>988's Spanish and ASL options, shown wherever the curriculum introduces the line at length.</summary>
    public static List<string> CrisisLineOptionProblems(CurriculumCatalog catalog)
    {
        var problems = new List<string>();
        var lifeline = catalog.OfType("Resource").FirstOrDefault(r => r.Json.Str("Resource", "Phone", "Text") == "988");
        if (lifeline is null)
        {
            problems.Add("No resource entry has Phone \"988\".");
        }
        else
        {
            var text = lifeline.Json.Str("Resource", "Description", "Text") ?? "";
            if (!HasSpanishOptions(text))
            {
                problems.Add($"{lifeline.Where}: does not give 988 in Spanish (call and press 2, or text AYUDA).");
            }
            if (!AslOptions().IsMatch(text))
            {
                problems.Add($"{lifeline.Where}: does not give 988's ASL or videophone option.");
            }
        }
        var lessons = catalog.OfType("Lesson").Select(l => l.Json.Str("MarkdownBodyPart", "Markdown") ?? "").ToList();
        if (!lessons.Any(b => HasSpanishOptions(b) && AslOptions().IsMatch(b)))
        {
            problems.Add("No lesson gives 988's Spanish (press 2, text AYUDA) and ASL/videophone options.");
        }
        return problems;
    }

    private static bool IsGuidance(string where) =>
        where.EndsWith("MarkdownBodyPart.Markdown", StringComparison.Ordinal)
        || where.EndsWith("Description.Text", StringComparison.Ordinal)
        || where.EndsWith("Explanation.Text", StringComparison.Ordinal);

    private static bool HasSpanishOptions(string text) =>
        text.Contains("press 2", StringComparison.OrdinalIgnoreCase) && text.Contains("AYUDA", StringComparison.Ordinal);

    private static IEnumerable<string> Paragraphs(string text) =>
        Regex.Split(text.Replace("\r\n", "\n", StringComparison.Ordinal), @"\n\s*\n").Where(p => p.Trim().Length > 0);

    private static IEnumerable<string> Sentences(string paragraph) =>
        Regex.Split(paragraph, @"(?<=[.!?])\s+|\n").Where(s => s.Trim().Length > 0);

    [GeneratedRegex(@"\b(?<from>\d{1,3})\s*(?:to|-|–|—|and)\s*(?<to>\d{1,3})\s*min(?:ute)?s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MinuteRange();

    [GeneratedRegex(@"\bwears? off\b|\blasts?\b|\bworks? for\b", RegexOptions.IgnoreCase)]
    private static partial Regex WearsOff();

    [GeneratedRegex(@"\b74\s*(?:%|percent)", RegexOptions.IgnoreCase)]
    private static partial Regex SeventyFourPercent();

    [GeneratedRegex(@"\b(?:second|another|more|third|next)\s+dose\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoreNaloxone();

    [GeneratedRegex(@"\b(?:in|inside) (?:the|your|a) car\b|\bcar kit\b|\bglove box\b", RegexOptions.IgnoreCase)]
    private static partial Regex NaloxoneInCar();

    [GeneratedRegex(@"\bparent coach(?:ing|es)?\b|\bparent coaching\b", RegexOptions.IgnoreCase)]
    private static partial Regex ParentCoaching();

    [GeneratedRegex(@"\b(?:didn['’]t|did not) cause\b", RegexOptions.IgnoreCase)]
    private static partial Regex DidNotCause();

    [GeneratedRegex(@"\b(?:can['’]t|cannot|can not) control\b", RegexOptions.IgnoreCase)]
    private static partial Regex CannotControl();

    [GeneratedRegex(@"\b(?:can['’]t|cannot|can not) cure\b", RegexOptions.IgnoreCase)]
    private static partial Regex CannotCure();

    [GeneratedRegex(@"domestic violence", RegexOptions.IgnoreCase)]
    private static partial Regex DomesticViolence();

    [GeneratedRegex(@"thehotline\.org|\bHotline\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hotline();

    [GeneratedRegex(@"text\s+START\s+to\s+88788", RegexOptions.IgnoreCase)]
    private static partial Regex StartTo88788();

    [GeneratedRegex(@"\b(?:don['’]t|do not) wake (?:her|him|them)\b|\bread upstairs\b|\bgo upstairs\b", RegexOptions.IgnoreCase)]
    private static partial Regex StepBackWhileDrowsy();

    [GeneratedRegex(@"\bnever leave (?:a|someone|anyone|them|him|her)\b[^.]*\balone\b", RegexOptions.IgnoreCase)]
    private static partial Regex NeverLeaveAlone();

    [GeneratedRegex(@"not (?:medical|a substitute for medical) advice", RegexOptions.IgnoreCase)]
    private static partial Regex NotMedicalAdvice();

    [GeneratedRegex(@"take[\s-]back", RegexOptions.IgnoreCase)]
    private static partial Regex TakeBack();


    [GeneratedRegex(@"\bASL\b|videophone", RegexOptions.IgnoreCase)]
    private static partial Regex AslOptions();
}
