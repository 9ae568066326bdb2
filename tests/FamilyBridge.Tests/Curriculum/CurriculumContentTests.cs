namespace FamilyBridge.Tests.Curriculum;

/// <summary>
/// Content guard for every curriculum recipe (content-recipes/curriculum/*.recipe.json): the lessons are what
/// families come for on a hard day, so a missing part, a hard-to-read lesson, a stigmatising word or a wrong
/// phone number fails the build with a message naming the file, the item and the problem.
/// The checks live in <see cref="CurriculumGuard"/>; <see cref="CurriculumGuardTests"/> shows they catch what they should.
/// </summary>
public sealed class CurriculumContentTests
{
    private static CurriculumCatalog Curriculum => CurriculumCatalog.Repository;

    [Fact]
    public void Every_curriculum_file_is_a_valid_curriculum_recipe() =>
        AssertNone(CurriculumGuard.FileProblems(Curriculum), "curriculum recipe files");

    [Fact]
    public void Curriculum_has_at_least_six_modules() => AssertAtLeast("Module", 6);

    [Fact]
    public void Curriculum_has_at_least_twenty_four_lessons() => AssertAtLeast("Lesson", 24);

    [Fact]
    public void Curriculum_has_at_least_twelve_resources() => AssertAtLeast("Resource", 12);

    [Fact]
    public void Every_lesson_has_every_required_part() =>
        AssertNone(CurriculumGuard.LessonPartProblems(Curriculum), "lessons with missing parts");

    [Fact]
    public void Every_lesson_reads_at_grade_eight_and_a_half_or_below() =>
        AssertNone(CurriculumGuard.ReadingLevelProblems(Curriculum), "lessons above the reading level");

    [Fact]
    public void Every_lesson_belongs_to_a_module_that_exists() =>
        AssertNone(CurriculumGuard.ModuleLinkProblems(Curriculum), "lessons outside any module");

    [Fact]
    public void Every_source_names_its_organisation_and_title_and_has_an_https_link() =>
        AssertNone(CurriculumGuard.SourceProblems(Curriculum), "sources and links");

    [Fact]
    public void No_stigmatising_terms_appear_outside_proper_names() =>
        AssertNone(CurriculumGuard.StigmaProblems(Curriculum), "stigmatising terms");

    [Fact]
    public void Only_vetted_phone_numbers_appear() =>
        AssertNone(CurriculumGuard.PhoneProblems(Curriculum), "unvetted phone numbers");

    [Fact]
    public void The_retired_lifeline_number_is_never_presented_as_a_crisis_number() =>
        AssertNone(CurriculumGuard.RetiredLifelineProblems(Curriculum), "the retired 1-800-273-8255 number");

    [Fact]
    public void Ids_are_26_characters_of_the_alphabet_and_unique_across_the_curriculum() =>
        AssertNone(CurriculumGuard.IdProblems(Curriculum), "ids");

    [Fact]
    public void Paths_are_unique_across_the_curriculum() =>
        AssertNone(CurriculumGuard.PathProblems(Curriculum), "duplicate paths");

    private static void AssertAtLeast(string contentType, int minimum)
    {
        var problem = CurriculumGuard.TooFew(Curriculum, contentType, minimum);
        Assert.True(problem is null, problem);
    }

    private static void AssertNone(List<string> problems, string what) =>
        Assert.True(problems.Count == 0,
            $"{problems.Count} problem(s) with {what}:{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => " - " + p)));
}
