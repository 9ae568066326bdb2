using System.Text.RegularExpressions;

namespace FamilyBridge.Tests.Curriculum;

/// <summary>
/// The second edition's safety facts (issue 18), checked in the Spanish twins as in the English lessons: naloxone
/// wears off in 30 to 90 minutes, breathing guides a second dose, storage follows the label, buprenorphine
/// prescribing names the DEA registration, the 74% figure says it had no comparison group, the domestic violence
/// hotline comes with its numbers, take-back comes with mail-back, and 988's Spanish and ASL options are given.
/// </summary>
internal static partial class SpanishCurriculumGuard
{
    public static List<string> SafetyFactProblems(CurriculumCatalog spanish)
    {
        var problems = new List<string>();
        foreach (var (where, text) in ReaderFacingText(spanish))
        {
            foreach (var paragraph in Regex.Split(text.Replace("\r\n", "\n", StringComparison.Ordinal), @"\n\s*\n").Where(p => p.Trim().Length > 0))
            {
                void Flag(string problem) => problems.Add($"{where}: {problem} In \"{Shorten(paragraph.Trim())}\".");
                var sentences = Regex.Split(paragraph, @"(?<=[.!?])\s+|\n").Where(s => s.Trim().Length > 0).ToList();

                foreach (var m in sentences.Where(s => WearsOff().IsMatch(s)).SelectMany(s => MinuteRange().Matches(s)))
                {
                    if (m.Groups["from"].Value != "30" || m.Groups["to"].Value != "90")
                    {
                        Flag($"gives naloxone's duration as \"{m.Value}\"; sources say 30 to 90 minutes.");
                    }
                }
                foreach (var sentence in sentences.Where(s => AnotherDose().IsMatch(s) && !s.Contains("respir", StringComparison.OrdinalIgnoreCase)))
                {
                    Flag($"says when to give another dose without breathing as the guide (\"{sentence.Trim()}\").");
                }
                if (paragraph.Contains("temperatura ambiente", StringComparison.OrdinalIgnoreCase))
                {
                    Flag("says \"temperatura ambiente\"; say to follow the label: do not freeze, not above 104 °F.");
                }
                if (paragraph.Contains("naloxona", StringComparison.OrdinalIgnoreCase) && InTheCar().IsMatch(paragraph)
                    && !(paragraph.Contains("104", StringComparison.Ordinal) && paragraph.Contains("congel", StringComparison.OrdinalIgnoreCase)))
                {
                    Flag("keeps naloxone in a car without the label's limits (do not freeze, not above 104 °F).");
                }
                foreach (var sentence in sentences.Where(s => s.Contains("buprenorfina", StringComparison.OrdinalIgnoreCase)
                    && s.Contains("recet", StringComparison.OrdinalIgnoreCase) && !s.Contains("DEA", StringComparison.Ordinal)))
                {
                    Flag($"says who may prescribe buprenorphine without the DEA registration rule: \"{sentence.Trim()}\".");
                }
                if (SeventyFourPercent().IsMatch(paragraph) && !paragraph.Contains("grupo para comparar", StringComparison.OrdinalIgnoreCase))
                {
                    Flag("quotes the 74% CRAFT figure without saying the study had no comparison group (\"grupo para comparar\").");
                }
                if (NoCause().IsMatch(paragraph) && NoControl().IsMatch(paragraph) && !NoCure().IsMatch(paragraph))
                {
                    Flag("gives Al-Anon's \"no lo causó, no lo puede controlar\" without \"no lo puede curar\".");
                }
                if (IsGuidance(where) && paragraph.Contains("Violencia Doméstica", StringComparison.OrdinalIgnoreCase)
                    && (paragraph.Contains("Línea", StringComparison.Ordinal) || paragraph.Contains("thehotline.org", StringComparison.OrdinalIgnoreCase))
                    && !(paragraph.Contains("1-800-799-7233", StringComparison.Ordinal) && StartTo88788().IsMatch(paragraph)))
                {
                    Flag("points to the domestic violence hotline without 1-800-799-7233 and \"START … 88788\".");
                }
            }
        }

        // Disposal advice that names take-back also names mail-back envelopes, in lessons and in the directory.
        var disposal = spanish.OfType("Lesson").Select(l => (l.Where, Text: l.Json.Str("MarkdownBodyPart", "Markdown") ?? ""))
            .Concat(spanish.OfType("Resource").Where(r => r.Json.Str("Resource", "Kind", "Text") == "Medicine disposal")
                .Select(r => (r.Where, Text: r.Json.Str("Resource", "Description", "Text") ?? "")));
        problems.AddRange(disposal.Where(d => TakeBack().IsMatch(d.Text) && !d.Text.Contains("por correo", StringComparison.OrdinalIgnoreCase))
            .Select(d => $"{d.Where}: explains take-back disposal but not mail-back envelopes (\"sobre de envío por correo\")."));
        return problems;
    }

    /// <summary>988 in Spanish (call and press 2, text AYUDA) and in ASL, in the directory entry and in at least one lesson.</summary>
    public static List<string> CrisisLineOptionProblems(CurriculumCatalog spanish)
    {
        var problems = new List<string>();
        var lifeline = spanish.OfType("Resource").FirstOrDefault(r => r.Json.Str("Resource", "Phone", "Text") == "988");
        if (lifeline is null)
        {
            problems.Add("No Spanish resource entry has Phone \"988\".");
        }
        else
        {
            var text = lifeline.Json.Str("Resource", "Description", "Text") ?? "";
            if (!HasSpanishOptions(text))
            {
                problems.Add($"{lifeline.Where}: does not say to call 988 and press 2 (\"marque 2\") or text AYUDA.");
            }
            if (!Asl().IsMatch(text))
            {
                problems.Add($"{lifeline.Where}: does not give 988's ASL or videophone option.");
            }
        }
        if (!spanish.OfType("Lesson").Select(l => l.Json.Str("MarkdownBodyPart", "Markdown") ?? "").Any(b => HasSpanishOptions(b) && Asl().IsMatch(b)))
        {
            problems.Add("No Spanish lesson gives 988's Spanish (marque 2, AYUDA) and ASL/videophone options.");
        }
        return problems;
    }

    /// <summary>"Not medical advice" is shown once by the page (Lesson.MedicalDisclaimer), never repeated in a body.</summary>
    public static List<string> MedicalNoticeProblems(CurriculumCatalog spanish)
    {
        var problems = CurriculumGuard.MedicalNoticeProblems(spanish);
        foreach (var lesson in spanish.OfType("Lesson"))
        {
            if (NotMedicalAdvice().Match(lesson.Json.Str("MarkdownBodyPart", "Markdown") ?? "") is { Success: true } m)
            {
                problems.Add($"{lesson.Where}: the body says \"{m.Value}\"; the page shows that notice once, so leave it out of the text.");
            }
        }
        return problems;
    }

    private static bool HasSpanishOptions(string text) =>
        text.Contains("marque 2", StringComparison.OrdinalIgnoreCase) && text.Contains("AYUDA", StringComparison.Ordinal);

    private static bool IsGuidance(string where) =>
        where.EndsWith("MarkdownBodyPart.Markdown", StringComparison.Ordinal)
        || where.EndsWith("Description.Text", StringComparison.Ordinal)
        || where.EndsWith("Explanation.Text", StringComparison.Ordinal);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    [GeneratedRegex(@"\b(?<from>\d{1,3})\s*(?:a|-|–|—|y)\s*(?<to>\d{1,3})\s*min(?:uto)?s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MinuteRange();

    [GeneratedRegex(@"se pasa|se pasan|dura|duran|funciona\w* (?:de|por)", RegexOptions.IgnoreCase)]
    private static partial Regex WearsOff();

    [GeneratedRegex(@"\b(?:otra|segunda|tercera)\s+dosis\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnotherDose();

    [GeneratedRegex(@"\ben (?:el|su|un) carro\b|\bguantera\b", RegexOptions.IgnoreCase)]
    private static partial Regex InTheCar();

    [GeneratedRegex(@"\b74\s*(?:%|por ciento)", RegexOptions.IgnoreCase)]
    private static partial Regex SeventyFourPercent();

    [GeneratedRegex(@"no lo caus[óo]", RegexOptions.IgnoreCase)]
    private static partial Regex NoCause();

    [GeneratedRegex(@"no lo puede controlar", RegexOptions.IgnoreCase)]
    private static partial Regex NoControl();

    [GeneratedRegex(@"no lo puede curar", RegexOptions.IgnoreCase)]
    private static partial Regex NoCure();

    [GeneratedRegex(@"START[^.]{0,30}88788", RegexOptions.IgnoreCase)]
    private static partial Regex StartTo88788();

    [GeneratedRegex(@"no (?:es|son|sustituye\w*|reemplaza\w*)\s+(?:un\s+)?consejo médico", RegexOptions.IgnoreCase)]
    private static partial Regex NotMedicalAdvice();

    [GeneratedRegex(@"sitios? de devolución|Día (?:Nacional )?de Devolución", RegexOptions.IgnoreCase)]
    private static partial Regex TakeBack();

    [GeneratedRegex(@"\bASL\b|videoteléfono|lenguaje de señas", RegexOptions.IgnoreCase)]
    private static partial Regex Asl();
}
