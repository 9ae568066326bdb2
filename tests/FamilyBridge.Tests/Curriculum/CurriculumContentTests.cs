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
    public void Curriculum_has_at_least_thirty_one_lessons() => AssertAtLeast("Lesson", 31);

    [Fact]
    public void Curriculum_has_at_least_eighteen_resources() => AssertAtLeast("Resource", 18);

    [Theory]
    [InlineData("harm-reduction-for-families")]
    [InlineData("safety-first")]
    [InlineData("when-someone-dies")]
    [InlineData("teens-and-young-adults")]
    [InlineData("alcohol-stimulants-and-more")]
    [InlineData("children-in-the-home")]
    [InlineData("where-to-find-help")]
    public void The_second_edition_lessons_are_published(string slug)
    {
        var lesson = Curriculum.OfType("Lesson").Where(l => l.Path.EndsWith("/" + slug, StringComparison.Ordinal)).ToList();

        Assert.True(lesson.Count == 1, $"Expected one lesson at */{slug}; found {lesson.Count}.");
        Assert.True(lesson[0].Json.At("Published")?.ValueKind == System.Text.Json.JsonValueKind.True, $"{lesson[0].Where} is not published.");
        Assert.NotEmpty(lesson[0].Json.Bag("Checklist"));
    }

    [Theory]
    [InlineData("National Domestic Violence Hotline", "1-800-799-7233")]
    [InlineData("Never Use Alone", "1-800-484-3731")]
    [InlineData("FindTreatment.gov", "")]
    [InlineData("GRASP", "")]
    [InlineData("Peer Coaching", "")]
    public void The_resource_directory_lists(string title, string phone)
    {
        var resource = Curriculum.OfType("Resource").FirstOrDefault(r => r.Title.Contains(title, StringComparison.Ordinal));

        Assert.True(resource is not null, $"No resource titled \"…{title}…\".");
        if (phone.Length > 0)
        {
            Assert.Equal(phone, resource.Json.Str("Resource", "Phone", "Text"));
        }
    }

    [Fact]
    public void Safety_facts_match_the_second_edition() =>
        AssertNone(CurriculumGuard.SafetyFactProblems(Curriculum), "safety facts");

    [Fact]
    public void The_not_medical_advice_notice_is_on_every_lesson_page_and_never_in_the_text() =>
        AssertNone(CurriculumGuard.MedicalNoticeProblems(Curriculum), "the medical notice");

    [Fact]
    public void Sources_are_primary_and_disposal_names_mail_back_envelopes() =>
        AssertNone(CurriculumGuard.SourceQualityProblems(Curriculum), "sources and disposal");

    [Fact]
    public void The_988_lifeline_is_shown_with_its_spanish_and_asl_options() =>
        AssertNone(CurriculumGuard.CrisisLineOptionProblems(Curriculum), "988 options");

    [Fact]
    public void Neither_length_nor_position_gives_away_the_correct_choice() =>
        AssertNone(CurriculumGuard.AnswerGiveawayProblems(Curriculum), "knowledge-check answers");

    [Fact]
    public void Knowledge_checks_ask_one_question_per_idea_about_skills_with_fair_choices() =>
        AssertNone(CurriculumGuard.QuestionTeachingProblems(Curriculum), "knowledge-check questions");

    [Fact]
    public void Every_lesson_was_reviewed_by_an_editor_within_twelve_months_of_today() =>
        AssertNone(CurriculumGuard.ReviewProblems(Curriculum, DateOnly.FromDateTime(DateTime.UtcNow)), "lesson reviews");

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
