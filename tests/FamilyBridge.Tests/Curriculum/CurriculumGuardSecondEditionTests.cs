using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.Tests.Curriculum;

/// <summary>The second-edition checks (issue 18) on the same small curriculum: each correction, once undone, is reported.</summary>
public sealed partial class CurriculumGuardTests
{
    [Theory]
    [InlineData("Naloxone wears off in 30 to 60 minutes, and the overdose can come back.", "30 to 60 minutes")]
    [InlineData("Because naloxone wears off in 30-60 minutes, stay with them.", "30-60 minutes")]
    [InlineData("With CRAFT, 74% of families got their loved one into treatment within six months.", "74%")]
    [InlineData("If there is no response after 2 to 3 minutes, give another dose of naloxone.", "breathing as the guide")]
    [InlineData("Keep naloxone at room temperature.", "room temperature")]
    [InlineData("Keep a second naloxone kit in the car.", "104 °F")]
    [InlineData("Many doctors can prescribe buprenorphine, and it can be taken at home.", "DEA registration")]
    [InlineData("The Partnership to End Addiction offers free parent coaching.", "Peer Coaching")]
    [InlineData("You didn't cause it, and you can't control it.", "can't cure it")]
    [InlineData("The National Domestic Violence Hotline, at thehotline.org, can help you plan.", "88788")]
    [InlineData("Your daughter sleeps late after drinking. You don't wake her.", "never leave a very drowsy person alone")]
    [InlineData("\"I'm going to read upstairs now.\"", "never leave a very drowsy person alone")]
    public void An_undone_safety_correction_is_reported(string sentence, string expected)
    {
        Body += "\n\n" + sentence;

        var problem = Assert.Single(CurriculumGuard.SafetyFactProblems(Write()));

        Assert.Contains($"Lesson \"{LessonTitle}\"", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Naloxone wears off in 30 to 90 minutes, so the overdose can come back.")]
    [InlineData("In a study with no comparison group, 74% of families of people who use drugs got their loved one into treatment.")]
    [InlineData("If they are still not breathing well after 2 to 3 minutes, give another dose.")]
    [InlineData("If you keep naloxone in the car, follow the label: do not let it freeze or get above 104 °F.")]
    [InlineData("Since 2023, any clinician with a DEA registration can prescribe buprenorphine.")]
    [InlineData("The Partnership to End Addiction offers free Peer Coaching for parents and caregivers.")]
    [InlineData("Al-Anon says you didn't cause it, you can't control it and you can't cure it.")]
    [InlineData("Call the National Domestic Violence Hotline at 1-800-799-7233, text START to 88788 or chat at thehotline.org.")]
    [InlineData("You don't wake her for work. Check that she is breathing and can be woken, and never leave a very drowsy person alone.")]
    public void The_corrected_wording_passes(string sentence)
    {
        Body += "\n\n" + sentence;

        var catalog = Write();

        Assert.Empty(CurriculumGuard.SafetyFactProblems(catalog));
        Assert.Empty(CurriculumGuard.PhoneProblems(catalog));
    }

    [Fact]
    public void Not_medical_advice_inside_a_lesson_body_or_a_lesson_without_the_page_notice_is_reported()
    {
        Body += "\n\nThis is general information, not medical advice.";
        _lesson["Lesson"]!["MedicalDisclaimer"]!["Value"] = false;

        var problems = CurriculumGuard.MedicalNoticeProblems(Write());

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("the body says \"not medical advice\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Lesson.MedicalDisclaimer is not true", StringComparison.Ordinal));
    }

    [Fact]
    public void An_encyclopedia_source_and_disposal_without_mail_back_envelopes_are_reported()
    {
        _lesson["Sources"]!["ContentItems"]![0]!["Source"]!["Link"]!["Url"] = "https://en.wikipedia.org/wiki/CRAFT";
        Body += "\n\nTake unused medicines to a take-back site.";

        var problems = CurriculumGuard.SourceQualityProblems(Write());

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("source 1 is an encyclopedia (en.wikipedia.org)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("not mail-back envelopes", StringComparison.Ordinal));
    }

    [Fact]
    public void The_988_options_are_required_in_the_directory_and_in_a_lesson()
    {
        var withoutOptions = CurriculumGuard.CrisisLineOptionProblems(Write());
        Assert.Contains(withoutOptions, p => p.Contains("No resource entry has Phone \"988\"", StringComparison.Ordinal));
        Assert.Contains(withoutOptions, p => p.Contains("No lesson gives 988's Spanish", StringComparison.Ordinal));

        Body += "\n\nCall 988 and press 2 for Spanish, or text AYUDA to 988. Deaf and hard-of-hearing callers can use ASL by videophone.";
        _extra.Add(Resource("988", "Call, text or chat. For Spanish, press 2 or text AYUDA to 988. ASL Now by videophone."));

        Assert.Empty(CurriculumGuard.CrisisLineOptionProblems(Write()));
    }

    [Fact]
    public void A_curriculum_where_the_longest_choice_or_one_position_gives_the_answer_away_is_reported()
    {
        SetQuestions(("Short\nA wrong choice\nThe correct and longest choice here", 3), ("Short\nThe correct and longest choice here\nA wrong choice", 2),
                     ("Short\nA wrong choice\nThe correct and longest choice here", 3));

        var problems = CurriculumGuard.AnswerGiveawayProblems(Write());

        Assert.Contains(problems, p => p.StartsWith("The correct choice is the longest (or tied longest) in 3 of 3 questions", StringComparison.Ordinal)
                                       && p.Contains("question 2", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.StartsWith("The correct choice is the shortest", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Choice 3 is correct in 2 of 3 questions", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Choice 1 is correct in only 0 of 3 questions", StringComparison.Ordinal));
    }

    [Fact]
    public void A_curriculum_where_the_correct_choice_is_always_the_shortest_is_reported()
    {
        SetQuestions(("Right\nA much longer wrong choice\nAnother wrong choice", 1), ("A much longer wrong choice\nRight\nAnother wrong one", 2),
                     ("A much longer wrong choice\nAnother wrong choice\nRight", 3));

        var problem = Assert.Single(CurriculumGuard.AnswerGiveawayProblems(Write()));

        Assert.StartsWith("The correct choice is the shortest (or tied shortest) in 3 of 3 questions", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_curriculum_where_the_correct_choice_is_always_the_middle_length_is_reported()
    {
        SetQuestions(("The right one\nShort\nA much longer wrong choice", 1), ("Short\nThe right one\nA much longer wrong choice", 2),
                     ("A much longer wrong choice\nShort\nThe right one", 3));

        var problem = Assert.Single(CurriculumGuard.AnswerGiveawayProblems(Write()));

        Assert.StartsWith("The correct choice is neither the longest nor the shortest in 3 of 3 questions", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_curriculum_with_answers_of_every_length_and_position_passes()
    {
        SetQuestions(("The right one, said at length\nShort\nA wrong choice", 1), ("Short\nThe right one\nA much longer wrong choice", 2),
                     ("A much longer wrong choice\nAnother wrong choice\nRight one", 3));

        Assert.Empty(CurriculumGuard.AnswerGiveawayProblems(Write()));
    }

    [Fact]
    public void Repeated_ideas_statistics_judging_explanations_and_throwaway_choices_are_reported()
    {
        SetQuestions(("Their tolerance is lower after a break\nNothing changes\nThey feel sick", 1),
                     ("Tolerance drops after time away\nNothing changes\n64% compared with 30%", 1),
                     ("Ask how they want to mark it\nPlan a surprise party\nNone of the above", 1));
        _lesson["Questions"]!["ContentItems"]![2]!["KnowledgeCheckQuestion"]!["Explanation"]!["Text"] = "Right! Asking puts them in charge.";

        var problems = CurriculumGuard.QuestionTeachingProblems(Write());

        Assert.Contains(problems, p => p.StartsWith("2 questions test the same idea (lower tolerance after a break)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("question 2", StringComparison.Ordinal) && p.Contains("a choice is a statistic", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("the explanation starts \"Right!\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("\"None of the above\" is a throwaway choice", StringComparison.Ordinal));
        Assert.Equal(4, problems.Count);
    }

    [Theory]
    [InlineData("2025-12-01", null)]
    [InlineData("2025-11-24", null)]
    [InlineData("2025-11-23", "more than 12 months before 2026-11-24")]
    [InlineData("2027-01-01", "is in the future")]
    [InlineData("last spring", "is not a date")]
    public void A_lesson_not_reviewed_within_twelve_months_is_reported(string reviewedOn, string? expected)
    {
        _lesson["Lesson"]!["ReviewedOn"]!["Value"] = reviewedOn;

        var problems = CurriculumGuard.ReviewProblems(Write(), Today);

        if (expected is null)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Contains(expected, Assert.Single(problems), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_lesson_without_a_review_date_or_a_reviewer_role_is_reported()
    {
        _lesson["Lesson"]!.AsObject().Remove("ReviewedOn");
        _lesson["Lesson"]!["Reviewer"]!["Text"] = "Sam";

        var problems = CurriculumGuard.ReviewProblems(Write(), Today);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("has no Lesson.ReviewedOn", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("\"Sam\" does not name a role", StringComparison.Ordinal));
    }

    private void SetQuestions(params (string Choices, int Correct)[] questions) =>
        _lesson["Questions"]!["ContentItems"] = new JsonArray([.. questions.Select((q, i) => (JsonNode)Parse($$"""
            { "ContentItemId": "{{ContentIds.New()}}", "ContentType": "KnowledgeCheckQuestion", "KnowledgeCheckQuestion": {
                "Prompt": { "Text": "Question {{i + 1}}?" }, "Choices": { "Text": {{JsonValue.Create(q.Choices).ToJsonString()}} },
                "CorrectChoice": { "Value": {{q.Correct}} }, "Explanation": { "Text": "Because." } } }
            """))]);

    private static JsonObject Resource(string phone, string description) => Parse($$"""
        { "ContentItemId": "{{ContentIds.New()}}", "ContentItemVersionId": "{{ContentIds.New()}}", "ContentType": "Resource",
          "DisplayText": "Lifeline", "TitlePart": { "Title": "Lifeline" }, "AutoroutePart": { "Path": "resources/lifeline" },
          "Resource": { "Kind": { "Text": "Crisis line" }, "Phone": { "Text": "{{phone}}" },
            "Url": { "Url": "https://988lifeline.org", "Text": "988lifeline.org" }, "Description": { "Text": "{{description}}" } } }
        """);
}
