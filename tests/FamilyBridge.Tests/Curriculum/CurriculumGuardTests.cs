using System.Text.Json;
using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.Tests.Curriculum;

/// <summary>
/// The guard run on a small curriculum written to a temporary folder: a well-formed lesson passes every check,
/// and each kind of mistake is reported with the file, the lesson and the problem.
/// </summary>
public sealed partial class CurriculumGuardTests : IDisposable
{
    private const string FileName = "99-test.recipe.json";
    private const string LessonTitle = "Test lesson";

    private static readonly DateOnly Today = new(2026, 11, 24);

    private readonly string _folder = Directory.CreateTempSubdirectory("fb-curriculum-guard-").FullName;
    private readonly string _moduleId = ContentIds.New();
    private readonly JsonObject _module;
    private readonly JsonObject _lesson;
    private readonly List<JsonObject> _extra = [];

    public CurriculumGuardTests()
    {
        _module = Parse($$"""
            { "ContentItemId": "{{_moduleId}}", "ContentItemVersionId": "{{ContentIds.New()}}", "ContentType": "Module",
              "DisplayText": "Test module", "TitlePart": { "Title": "Test module" }, "AutoroutePart": { "Path": "test-module" },
              "ListPart": {}, "Module": { "Summary": { "Text": "A module for the guard's own tests." }, "Order": { "Value": 99 } } }
            """);
        _lesson = Parse($$"""
            { "ContentItemId": "{{ContentIds.New()}}", "ContentItemVersionId": "{{ContentIds.New()}}", "ContentType": "Lesson",
              "DisplayText": "{{LessonTitle}}", "TitlePart": { "Title": "{{LessonTitle}}" },
              "AutoroutePart": { "Path": "test-module/test-lesson" },
              "ContainedPart": { "ListContentItemId": "{{_moduleId}}", "Order": 0 },
              "MarkdownBodyPart": { "Markdown": "" },
              "Lesson": {
                "Summary": { "Text": "One sentence." }, "EstimatedMinutes": { "Value": 5 },
                "Objectives": { "Text": "First objective\nSecond objective" }, "KeyTakeaways": { "Text": "A takeaway" },
                "ReflectionPrompt": { "Text": "What do you notice?" }, "MedicalDisclaimer": { "Value": true },
                "ReviewedOn": { "Value": "{{Today:yyyy-MM-dd}}" }, "Reviewer": { "Text": "FamilyBridge editorial team (Editor)" } },
              "Questions": { "ContentItems": [
                { "ContentItemId": "{{ContentIds.New()}}", "ContentType": "KnowledgeCheckQuestion", "KnowledgeCheckQuestion": {
                    "Prompt": { "Text": "First?" }, "Choices": { "Text": "Yes\nNo\nMaybe" }, "CorrectChoice": { "Value": 1 },
                    "Explanation": { "Text": "Because." } } },
                { "ContentItemId": "{{ContentIds.New()}}", "ContentType": "KnowledgeCheckQuestion", "KnowledgeCheckQuestion": {
                    "Prompt": { "Text": "Second?" }, "Choices": { "Text": "Yes\nNo\nMaybe" }, "CorrectChoice": { "Value": 3 },
                    "Explanation": { "Text": "Because." } } } ] },
              "Checklist": { "ContentItems": [] },
              "Sources": { "ContentItems": [
                { "ContentItemId": "{{ContentIds.New()}}", "ContentType": "Source", "Source": {
                    "Organization": { "Text": "SAMHSA" }, "Title": { "Text": "National Helpline" },
                    "Link": { "Url": "https://www.samhsa.gov/find-help/national-helpline", "Text": "samhsa.gov" } } } ] } }
            """);
        Body = "## Easy words\n\n" + string.Concat(Enumerable.Repeat("You can rest and ask for help. ", 75));
    }

    private string Body
    {
        get => (string)_lesson["MarkdownBodyPart"]!["Markdown"]!;
        set => _lesson["MarkdownBodyPart"]!["Markdown"] = value;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_well_formed_lesson_passes_every_check()
    {
        var catalog = Write();

        Assert.Empty(CurriculumGuard.FileProblems(catalog));
        Assert.Empty(CurriculumGuard.LessonPartProblems(catalog));
        Assert.Empty(CurriculumGuard.ReadingLevelProblems(catalog));
        Assert.Empty(CurriculumGuard.ModuleLinkProblems(catalog));
        Assert.Empty(CurriculumGuard.SourceProblems(catalog));
        Assert.Empty(CurriculumGuard.StigmaProblems(catalog));
        Assert.Empty(CurriculumGuard.PhoneProblems(catalog));
        Assert.Empty(CurriculumGuard.RetiredLifelineProblems(catalog));
        Assert.Empty(CurriculumGuard.IdProblems(catalog));
        Assert.Empty(CurriculumGuard.PathProblems(catalog));
        Assert.Empty(CurriculumGuard.SafetyFactProblems(catalog));
        Assert.Empty(CurriculumGuard.MedicalNoticeProblems(catalog));
        Assert.Empty(CurriculumGuard.SourceQualityProblems(catalog));
        Assert.Empty(CurriculumGuard.QuestionTeachingProblems(catalog));
        Assert.Empty(CurriculumGuard.ReviewProblems(catalog, Today));
    }

    [Theory]
    [InlineData("He stayed clean for a year.", "clean")]
    [InlineData("She is not an addict.", "addict")]
    [InlineData("His drug abuse got worse.", "drug abuse")]
    [InlineData("The test came back dirty.", "dirty")]
    [InlineData("It is just a habit.", "habit")]
    public void A_stigmatising_word_is_named_with_its_file_and_lesson(string sentence, string word)
    {
        Body += "\n\n" + sentence;

        var problem = Assert.Single(CurriculumGuard.StigmaProblems(Write()));

        Assert.Contains(FileName, problem, StringComparison.Ordinal);
        Assert.Contains($"Lesson \"{LessonTitle}\"", problem, StringComparison.Ordinal);
        Assert.Contains("MarkdownBodyPart.Markdown", problem, StringComparison.Ordinal);
        Assert.Contains($"\"{word}\"", problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Proper_names_and_person_first_words_pass()
    {
        Body += "\n\nThe National Institute on Drug Abuse studies addiction. Narcotics Anonymous meets each week. " +
                "A person in recovery had a return to use. Their substance use disorder is a health condition.";

        Assert.Empty(CurriculumGuard.StigmaProblems(Write()));
    }

    [Theory]
    [InlineData("Call 1-800-555-0199 for help.", "1-800-555-0199")]
    [InlineData("Call (212) 555-0147 today.", "(212) 555-0147")]
    [InlineData("Text HOME to 741741.", "741741")]
    [InlineData("You can call 211 for local help.", "211")]
    public void An_unvetted_phone_number_is_reported(string sentence, string number)
    {
        Body += "\n\n" + sentence;

        var problem = Assert.Single(CurriculumGuard.PhoneProblems(Write()));

        Assert.Contains(FileName, problem, StringComparison.Ordinal);
        Assert.Contains(LessonTitle, problem, StringComparison.Ordinal);
        Assert.Contains(number, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_vetted_numbers_pass_however_they_are_written()
    {
        Body += "\n\nCall or text 988. Call 911. Call 1-800-662-HELP (4357) or 1-800-662-4357, TTY 1-800-487-4889. " +
                "Call Poison Help at 1-800-222-1222. Text your ZIP code to 435748.";

        Assert.Empty(CurriculumGuard.PhoneProblems(Write()));
    }

    [Fact]
    public void The_retired_lifeline_number_offered_for_help_is_reported()
    {
        Body += "\n\nIf you are in crisis, call 1-800-273-8255 at any time.";

        var problem = Assert.Single(CurriculumGuard.RetiredLifelineProblems(Write()));

        Assert.Contains(LessonTitle, problem, StringComparison.Ordinal);
        Assert.Contains("show 988", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_retired_lifeline_number_may_be_named_as_the_old_number_that_leads_to_988()
    {
        Body += "\n\nThe old 1-800-273-8255 number still routes to 988.";

        var catalog = Write();

        Assert.Empty(CurriculumGuard.RetiredLifelineProblems(catalog));
        Assert.Empty(CurriculumGuard.PhoneProblems(catalog));
    }

    [Theory]
    [InlineData("http://www.samhsa.gov/", "non-https URL")]
    [InlineData("", "has no URL")]
    [InlineData("samhsa.gov", "not a full web address")]
    public void A_source_without_an_https_link_is_reported(string url, string expected)
    {
        _lesson["Sources"]!["ContentItems"]![0]!["Source"]!["Link"]!["Url"] = url;

        var problem = Assert.Single(CurriculumGuard.SourceProblems(Write()));

        Assert.Contains($"Lesson \"{LessonTitle}\"", problem, StringComparison.Ordinal);
        Assert.Contains("source 1", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_and_repeated_ids_are_reported()
    {
        _lesson["ContentItemVersionId"] = "NOT-A-VALID-ID";
        _lesson["Questions"]!["ContentItems"]![1]!["ContentItemId"] = (string)_lesson["Questions"]!["ContentItems"]![0]!["ContentItemId"]!;

        var problems = CurriculumGuard.IdProblems(Write());

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("\"NOT-A-VALID-ID\" is not 26 characters", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Questions.ContentItems[1].ContentItemId", StringComparison.Ordinal)
                                       && p.Contains("is already used by", StringComparison.Ordinal));
    }

    [Fact]
    public void Ids_repeated_in_another_file_are_reported()
    {
        var catalog = Write(extraFile: true);

        Assert.Contains(CurriculumGuard.IdProblems(catalog), p => p.Contains("zz-copy.recipe.json", StringComparison.Ordinal)
                                                                 && p.Contains("is already used by " + FileName, StringComparison.Ordinal));
    }

    [Fact]
    public void A_lesson_in_a_module_that_does_not_exist_is_reported()
    {
        _lesson["ContainedPart"]!["ListContentItemId"] = ContentIds.New();

        var problem = Assert.Single(CurriculumGuard.ModuleLinkProblems(Write()));

        Assert.Contains(LessonTitle, problem, StringComparison.Ordinal);
        Assert.Contains("which no curriculum file defines", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_and_invalid_lesson_parts_are_each_reported()
    {
        _lesson["Lesson"]!["Objectives"]!["Text"] = "Only one objective";
        _lesson["Lesson"]!["ReflectionPrompt"]!["Text"] = "";
        _lesson["Questions"]!["ContentItems"]![0]!["KnowledgeCheckQuestion"]!["CorrectChoice"]!["Value"] = 9;
        _lesson["Questions"]!["ContentItems"]![1]!["KnowledgeCheckQuestion"]!["Explanation"]!["Text"] = " ";
        _lesson["Sources"]!["ContentItems"] = new JsonArray();

        var problems = CurriculumGuard.LessonPartProblems(Write());

        Assert.All(problems, p => Assert.StartsWith($"{FileName} › Lesson \"{LessonTitle}\"", p, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("has 1 objectives; it needs 2–4", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("has no Lesson.ReflectionPrompt", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("question 1 (\"First?\") has CorrectChoice 9; it must be 1–3", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("question 2 (\"Second?\") has no explanation", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("has no sources", StringComparison.Ordinal));
        Assert.Equal(5, problems.Count);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(200)]
    public void A_body_outside_500_to_1000_words_is_reported(int sentences)
    {
        Body = string.Concat(Enumerable.Repeat("You can rest and ask for help. ", sentences)); // 7 words each

        var problem = Assert.Single(CurriculumGuard.LessonPartProblems(Write()));

        Assert.Contains($"body has {sentences * 7} words; it needs 500–1000", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hard_to_read_lesson_is_reported_with_its_grade()
    {
        Body = string.Concat(Enumerable.Repeat(
            "Comprehensive pharmacological interventions, administered concurrently with psychotherapeutic modalities, " +
            "substantially ameliorate physiological dependence among individuals experiencing substance use disorders. ", 40));

        var problem = Assert.Single(CurriculumGuard.ReadingLevelProblems(Write()));

        Assert.Contains(LessonTitle, problem, StringComparison.Ordinal);
        Assert.Contains("Flesch–Kincaid grade", problem, StringComparison.Ordinal);
        Assert.Contains("the limit is 8.5", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_json_is_reported_by_name()
    {
        File.WriteAllText(Path.Combine(_folder, "97-broken.recipe.json"), """{ "name": "familybridge.curriculum.97-broken", "steps": [ """);

        var problem = Assert.Single(CurriculumGuard.FileProblems(Write()));

        Assert.StartsWith("97-broken.recipe.json: is not valid JSON", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_items_are_reported_with_the_count_per_file()
    {
        var catalog = Write();

        Assert.Null(CurriculumGuard.TooFew(catalog, "Lesson", 1));
        var problem = CurriculumGuard.TooFew(catalog, "Lesson", 24);
        Assert.NotNull(problem);
        Assert.Contains("has 1 Lesson item(s); it needs at least 24", problem, StringComparison.Ordinal);
        Assert.Contains($"{FileName}: 1", problem, StringComparison.Ordinal);
    }

    private CurriculumCatalog Write(bool extraFile = false)
    {
        File.WriteAllText(Path.Combine(_folder, FileName), Recipe("99-test", [_module, _lesson, .. _extra]));
        if (extraFile)
        {
            // the same module again, as a careless copy-and-paste would leave it
            File.WriteAllText(Path.Combine(_folder, "zz-copy.recipe.json"), Recipe("zz-copy", _module));
        }
        return CurriculumCatalog.Load(_folder);
    }

    private static string Recipe(string name, params JsonObject[] items)
    {
        var recipe = new JsonObject
        {
            ["name"] = $"familybridge.curriculum.{name}",
            ["steps"] = new JsonArray(new JsonObject
            {
                ["name"] = "content",
                ["data"] = new JsonArray(items.Select(i => (JsonNode)i.DeepClone()).ToArray()),
            }),
        };
        return recipe.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
