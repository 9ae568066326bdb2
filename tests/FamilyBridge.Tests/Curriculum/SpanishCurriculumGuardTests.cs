using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.Tests.Curriculum;

/// <summary>
/// The Spanish guard run on a one-lesson English curriculum and its Spanish twin, written to temporary folders:
/// a well-formed pair passes, and each kind of mistake is reported with the file, the item and the problem.
/// </summary>
public sealed class SpanishCurriculumGuardTests : IDisposable
{
    private const string EnglishFile = "99-test.recipe.json";
    private const string SpanishFile = "99-prueba.recipe.json";

    private readonly string _root = Directory.CreateTempSubdirectory("fb-spanish-guard-").FullName;
    private readonly JsonObject _englishModule;
    private readonly JsonObject _englishLesson;
    private readonly JsonObject _spanishModule;
    private readonly JsonObject _spanishLesson;

    public SpanishCurriculumGuardTests()
    {
        var (moduleSet, lessonSet) = (ContentIds.New(), ContentIds.New());
        var (englishModuleId, spanishModuleId) = (ContentIds.New(), ContentIds.New());
        _englishModule = Item("Module", englishModuleId, "Test module", "test-module", moduleSet, "en", null);
        _englishLesson = Item("Lesson", ContentIds.New(), "Test lesson", "test-module/test-lesson", lessonSet, "en", englishModuleId);
        _spanishModule = Item("Module", spanishModuleId, "Módulo de prueba", "es/modulo-de-prueba", moduleSet, "es", null);
        _spanishLesson = Item("Lesson", ContentIds.New(), "Lección de prueba", "es/modulo-de-prueba/leccion-de-prueba", lessonSet, "es", spanishModuleId);
        SpanishBody = "## Palabras fáciles\n\n" + string.Concat(Enumerable.Repeat("Usted puede pedir ayuda. Llame hoy al 988. ", 70));
    }

    private string SpanishBody
    {
        get => (string)_spanishLesson["MarkdownBodyPart"]!["Markdown"]!;
        set => _spanishLesson["MarkdownBodyPart"]!["Markdown"] = value;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_well_formed_twin_passes_every_spanish_check()
    {
        var (english, spanish) = Write();

        Assert.Empty(SpanishCurriculumGuard.TwinProblems(english, spanish));
        Assert.Empty(SpanishCurriculumGuard.CultureProblems(spanish));
        Assert.Empty(SpanishCurriculumGuard.LessonPartProblems(spanish));
        Assert.Empty(SpanishCurriculumGuard.ReadingEaseProblems(spanish));
        Assert.Empty(SpanishCurriculumGuard.StigmaProblems(spanish));
        Assert.Empty(SpanishCurriculumGuard.PhoneProblems(spanish));
        Assert.Empty(SpanishCurriculumGuard.SafetyFactProblems(spanish));
        Assert.Empty(SpanishCurriculumGuard.SharedIdProblems(english, spanish));
    }

    [Fact]
    public void A_missing_spanish_twin_is_reported_with_the_english_lesson_it_lacks()
    {
        var (english, spanish) = Write(withSpanishLesson: false);

        var problem = Assert.Single(SpanishCurriculumGuard.TwinProblems(english, spanish));

        Assert.Contains("1 English Lesson item(s) have no Spanish twin", problem, StringComparison.Ordinal);
        Assert.Contains($"{EnglishFile} › Lesson \"Test lesson\" (test-module/test-lesson)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spanish_item_that_says_culture_en_or_lives_outside_es_is_reported()
    {
        _spanishLesson["LocalizationPart"]!["Culture"] = "en";
        _spanishLesson["AutoroutePart"]!["Path"] = "leccion-de-prueba";

        var problems = SpanishCurriculumGuard.CultureProblems(Write().Spanish);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("LocalizationPart.Culture is \"en\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("does not start with \"es/\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Su hermano no es un adicto.", "adicto")]
    [InlineData("Lo trataban como a un drogadicto.", "drogadicto")]
    [InlineData("La prueba salió limpia.", "limpia")]
    [InlineData("El abuso de drogas empeoró.", "abuso de drogas")]
    [InlineData("Lo llamaban toxicómano.", "toxicómano")]
    public void A_stigmatising_spanish_word_is_named_with_its_file_and_lesson(string sentence, string word)
    {
        SpanishBody += "\n\n" + sentence;

        var problem = Assert.Single(SpanishCurriculumGuard.StigmaProblems(Write().Spanish));

        Assert.Contains(SpanishFile, problem, StringComparison.Ordinal);
        Assert.Contains("Lección de prueba", problem, StringComparison.Ordinal);
        Assert.Contains($"\"{word}\"", problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Proper_names_and_person_first_spanish_words_pass()
    {
        SpanishBody += "\n\nEl Instituto Nacional sobre el Abuso de Drogas estudia la adicción. Una persona con un trastorno por " +
                       "consumo de sustancias está en recuperación. Dan agujas nuevas y estériles.";

        Assert.Empty(SpanishCurriculumGuard.StigmaProblems(Write().Spanish));
    }

    [Theory]
    [InlineData("Llame al 1-800-555-0199 para pedir ayuda.", "1-800-555-0199")]
    [InlineData("Llame al 211 para ayuda local.", "211")]
    [InlineData("Mande HOLA por texto al 741741.", "741741")]
    public void An_unvetted_number_in_spanish_is_reported(string sentence, string number)
    {
        SpanishBody += "\n\n" + sentence;

        var problem = Assert.Single(SpanishCurriculumGuard.PhoneProblems(Write().Spanish));

        Assert.Contains(number, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Vetted_numbers_with_their_spanish_options_pass()
    {
        SpanishBody += "\n\nLlame al 988 y marque 2, o mande AYUDA por texto al 988. Llame al 1-800-662-HELP (4357). " +
                       "Mande START por texto al 88788. Llame a Poison Help al 1-800-222-1222.";

        Assert.Empty(SpanishCurriculumGuard.PhoneProblems(Write().Spanish));
    }

    [Fact]
    public void A_hard_to_read_spanish_lesson_is_reported_with_its_reading_ease()
    {
        SpanishBody = string.Concat(Enumerable.Repeat(
            "Las intervenciones farmacológicas multidisciplinarias, administradas simultáneamente con psicoterapias fundamentadas, " +
            "disminuyen considerablemente la dependencia fisiológica característica de estas condiciones. ", 30));

        var problem = Assert.Single(SpanishCurriculumGuard.ReadingEaseProblems(Write().Spanish));

        Assert.Contains("Fernández-Huerta reading ease", problem, StringComparison.Ordinal);
        Assert.Contains("Lección de prueba", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_naloxone_duration_in_spanish_is_reported()
    {
        SpanishBody += "\n\nEl efecto de la naloxona se pasa en 20 a 40 minutos.";

        var problem = Assert.Single(SpanishCurriculumGuard.SafetyFactProblems(Write().Spanish));

        Assert.Contains("30 to 90 minutes", problem, StringComparison.Ordinal);
    }

    private (CurriculumCatalog English, CurriculumCatalog Spanish) Write(bool withSpanishLesson = true)
    {
        var english = Directory.CreateDirectory(Path.Combine(_root, "curriculum")).FullName;
        var spanish = Directory.CreateDirectory(Path.Combine(_root, "es")).FullName;
        File.WriteAllText(Path.Combine(english, EnglishFile), Recipe("familybridge.curriculum.99-test", _englishModule, _englishLesson));
        File.WriteAllText(Path.Combine(spanish, SpanishFile),
            withSpanishLesson ? Recipe("familybridge.curriculum.es.99-test", _spanishModule, _spanishLesson) : Recipe("familybridge.curriculum.es.99-test", _spanishModule));
        return (CurriculumCatalog.Load(english), CurriculumCatalog.Load(spanish));
    }

    private static string Recipe(string name, params JsonObject[] items) =>
        new JsonObject
        {
            ["name"] = name,
            ["steps"] = new JsonArray(new JsonObject { ["name"] = "content", ["data"] = new JsonArray([.. items.Select(i => i.DeepClone())]) }),
        }.ToJsonString();

    private static JsonObject Item(string type, string id, string title, string path, string set, string culture, string? moduleId)
    {
        var item = JsonNode.Parse($$"""
            { "ContentItemId": "{{id}}", "ContentItemVersionId": "{{ContentIds.New()}}", "ContentType": "{{type}}",
              "DisplayText": "{{title}}", "Published": true, "TitlePart": { "Title": "{{title}}" }, "AutoroutePart": { "Path": "{{path}}" },
              "LocalizationPart": { "LocalizationSet": "{{set}}", "Culture": "{{culture}}" } }
            """)!.AsObject();
        if (moduleId is null)
        {
            item["ListPart"] = new JsonObject();
            return item;
        }
        item["ContainedPart"] = new JsonObject { ["ListContentItemId"] = moduleId, ["Order"] = 0 };
        item["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = "" };
        item["Lesson"] = JsonNode.Parse("""
            { "Summary": { "Text": "Una frase." }, "EstimatedMinutes": { "Value": 5 }, "Objectives": { "Text": "Uno\nDos" },
              "KeyTakeaways": { "Text": "Una idea" }, "ReflectionPrompt": { "Text": "¿Qué nota?" }, "MedicalDisclaimer": { "Value": true },
              "ReviewedOn": { "Value": "2026-11-24" }, "Reviewer": { "Text": "Equipo editorial (Editor)" } }
            """);
        item["Questions"] = new JsonObject { ["ContentItems"] = new JsonArray(Question(), Question()) };
        item["Sources"] = JsonNode.Parse($$"""
            { "ContentItems": [ { "ContentItemId": "{{ContentIds.New()}}", "ContentType": "Source", "Source": {
                "Organization": { "Text": "SAMHSA" }, "Title": { "Text": "Línea Nacional de Ayuda" },
                "Link": { "Url": "https://www.samhsa.gov/find-help/national-helpline", "Text": "samhsa.gov" } } } ] }
            """);
        return item;
    }

    private static JsonNode Question() => JsonNode.Parse($$"""
        { "ContentItemId": "{{ContentIds.New()}}", "ContentType": "KnowledgeCheckQuestion", "KnowledgeCheckQuestion": {
            "Prompt": { "Text": "¿Primera?" }, "Choices": { "Text": "Sí\nNo\nTal vez" }, "CorrectChoice": { "Value": 2 },
            "Explanation": { "Text": "Porque sí." } } }
        """)!;
}
