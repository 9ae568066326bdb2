namespace FamilyBridge.Tests.Curriculum;

/// <summary>
/// Content guard for the Spanish curriculum (content-recipes/es/*.recipe.json): every English module, lesson and
/// resource has a Spanish twin linked by LocalizationPart, and the twins meet the same bar as the English lessons —
/// readable (Fernández-Huerta 70+), person-first, vetted numbers only, valid checks, https sources, safety facts.
/// The checks live in <see cref="SpanishCurriculumGuard"/>; <see cref="SpanishCurriculumGuardTests"/> shows they
/// catch what they should.
/// </summary>
public sealed class SpanishCurriculumContentTests
{
    private static CurriculumCatalog English => CurriculumCatalog.Repository;

    private static CurriculumCatalog Spanish => SpanishCurriculumGuard.Repository;

    [Fact]
    public void Every_english_module_lesson_and_resource_has_a_spanish_twin_with_the_same_localization_set_and_back() =>
        AssertNone(SpanishCurriculumGuard.TwinProblems(English, Spanish), "English–Spanish twins");

    [Fact]
    public void Every_spanish_item_has_culture_es_a_path_under_es_and_a_spanish_recipe_name() =>
        AssertNone(SpanishCurriculumGuard.CultureProblems(Spanish), "Spanish cultures and paths");

    [Fact]
    public void The_setup_recipe_imports_every_spanish_recipe_after_the_english_ones()
    {
        var setup = File.ReadAllText(Path.Combine(Path.GetDirectoryName(English.Folder.TrimEnd('/', '\\'))!, "familybridge.setup.recipe.json"));
        var spanish = Spanish.Files.Select(f => f.Root?.Str("name")).OfType<string>().ToList();
        var english = English.Files.Select(f => f.Root?.Str("name")).OfType<string>().ToList();
        int At(string name) => setup.IndexOf($"\"{name}\"", StringComparison.OrdinalIgnoreCase);

        Assert.Equal(7, spanish.Count);
        Assert.All(spanish, name => Assert.True(At(name) > english.Max(At), $"{name} is not run by the setup recipe after the English curriculum."));
        Assert.True(At("familybridge.trust-pages.es") > At("familybridge.trust-pages"), "The Spanish trust pages are not run after the English ones.");
    }

    [Fact]
    public void Every_spanish_file_is_a_valid_curriculum_recipe() =>
        AssertNone(CurriculumGuard.FileProblems(Spanish), "Spanish recipe files");

    [Fact]
    public void Every_spanish_lesson_has_every_required_part_and_valid_knowledge_checks() =>
        AssertNone(SpanishCurriculumGuard.LessonPartProblems(Spanish), "Spanish lessons with missing parts");

    [Fact]
    public void Every_spanish_lesson_reads_at_fernandez_huerta_seventy_or_above() =>
        AssertNone(SpanishCurriculumGuard.ReadingEaseProblems(Spanish), "Spanish lessons below the reading ease");

    [Fact]
    public void No_stigmatising_spanish_terms_appear_outside_proper_names() =>
        AssertNone(SpanishCurriculumGuard.StigmaProblems(Spanish), "stigmatising Spanish terms");

    [Fact]
    public void Only_vetted_phone_numbers_appear_in_spanish() =>
        AssertNone(SpanishCurriculumGuard.PhoneProblems(Spanish), "unvetted phone numbers");

    [Fact]
    public void The_retired_lifeline_number_never_appears_in_spanish() =>
        AssertNone(CurriculumGuard.RetiredLifelineProblems(Spanish), "the retired 1-800-273-8255 number");

    [Fact]
    public void Every_spanish_source_names_its_organisation_and_title_and_has_an_https_link() =>
        AssertNone(CurriculumGuard.SourceProblems(Spanish), "Spanish sources and links");

    [Fact]
    public void Spanish_safety_facts_match_the_second_edition() =>
        AssertNone(SpanishCurriculumGuard.SafetyFactProblems(Spanish), "Spanish safety facts");

    [Fact]
    public void The_988_lifeline_is_shown_in_spanish_with_press_2_text_ayuda_and_asl() =>
        AssertNone(SpanishCurriculumGuard.CrisisLineOptionProblems(Spanish), "988 options");

    [Fact]
    public void The_not_medical_advice_notice_is_on_every_spanish_lesson_page_and_never_in_the_text() =>
        AssertNone(SpanishCurriculumGuard.MedicalNoticeProblems(Spanish), "the medical notice");

    [Fact]
    public void Every_spanish_lesson_was_reviewed_within_twelve_months_of_today() =>
        AssertNone(CurriculumGuard.ReviewProblems(Spanish, DateOnly.FromDateTime(DateTime.UtcNow)), "Spanish lesson reviews");

    [Fact]
    public void Every_spanish_lesson_belongs_to_a_spanish_module() =>
        AssertNone(CurriculumGuard.ModuleLinkProblems(Spanish), "Spanish lessons outside any module");

    [Fact]
    public void Spanish_ids_are_valid_unique_and_never_shared_with_the_english_curriculum() =>
        AssertNone([.. CurriculumGuard.IdProblems(Spanish), .. SpanishCurriculumGuard.SharedIdProblems(English, Spanish)], "ids");

    [Fact]
    public void Spanish_paths_are_unique() =>
        AssertNone(CurriculumGuard.PathProblems(Spanish), "duplicate paths");

    private static void AssertNone(List<string> problems, string what) =>
        Assert.True(problems.Count == 0,
            $"{problems.Count} problem(s) with {what}:{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => " - " + p)));
}
