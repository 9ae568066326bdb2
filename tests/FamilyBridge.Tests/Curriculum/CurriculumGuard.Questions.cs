using System.Globalization;
using System.Text.RegularExpressions;

namespace FamilyBridge.Tests.Curriculum;

/// <summary>One knowledge-check question as the guard sees it.</summary>
internal sealed record CheckQuestion(string Where, string Prompt, IReadOnlyList<string> Choices, int Correct, string Explanation)
{
    /// <summary>True when no other choice is longer than the correct one (a tie still lets a reader guess).</summary>
    public bool CorrectIsLongest =>
        Correct >= 1 && Correct <= Choices.Count && Choices.Select(c => c.Length).Max() == Choices[Correct - 1].Length;

    /// <summary>True when no other choice is shorter than the correct one: the same give-away the other way round.</summary>
    public bool CorrectIsShortest =>
        Correct >= 1 && Correct <= Choices.Count && Choices.Select(c => c.Length).Min() == Choices[Correct - 1].Length;
}

/// <summary>
/// Checks that teach: the answer is not given away by its length or its place, one question per idea, no questions
/// that test a statistic, explanations that read well whichever choice was picked, and no throwaway choices.
/// </summary>
internal static partial class CurriculumGuard
{
    /// <summary>The correct choice may be the longest in at most this share of all questions.</summary>
    public const double MaxLongestCorrectShare = 0.35;

    /// <summary>… and the shortest in at most this share, so "never the longest" is no give-away either.</summary>
    public const double MaxShortestCorrectShare = 0.40;

    /// <summary>… and neither (a middle length) in at most this share, so "pick the middle one" gives nothing away.</summary>
    public const double MaxMiddleCorrectShare = 0.45;

    /// <summary>No single position may hold more than this share of correct answers …</summary>
    public const double MaxPositionShare = 0.40;

    /// <summary>… and each of the first three positions at least this share.</summary>
    public const double MinPositionShare = 0.20;

    /// <summary>Ideas a reviewer found tested more than once; each may be the subject of one question in the curriculum.</summary>
    private static readonly (string Idea, Regex Pattern)[] OneQuestionIdeas =
    [
        ("lower tolerance after a break", new(@"toleran|less used to opioids|body is less used", RegexOptions.IgnoreCase)),
        ("medication is real recovery", new(@"not really in recovery", RegexOptions.IgnoreCase)),
        ("the 1999 CRAFT trial", new(@"\b1999\b|Miller, Meyers", RegexOptions.IgnoreCase)),
    ];

    public static IReadOnlyList<CheckQuestion> Questions(CurriculumCatalog catalog)
    {
        var questions = new List<CheckQuestion>();
        foreach (var lesson in catalog.OfType("Lesson"))
        {
            var bag = lesson.Json.Bag("Questions");
            for (var q = 0; q < bag.Count; q++)
            {
                var prompt = bag[q].Str("KnowledgeCheckQuestion", "Prompt", "Text") ?? "";
                questions.Add(new CheckQuestion(
                    $"{lesson.Where} › question {q + 1} (\"{Shorten(prompt)}\")",
                    prompt,
                    bag[q].Str("KnowledgeCheckQuestion", "Choices", "Text").Lines(),
                    bag[q].Int("KnowledgeCheckQuestion", "CorrectChoice", "Value") ?? 0,
                    bag[q].Str("KnowledgeCheckQuestion", "Explanation", "Text") ?? ""));
            }
        }
        return questions;
    }

    public static List<string> AnswerGiveawayProblems(CurriculumCatalog catalog)
    {
        var questions = Questions(catalog);
        var problems = new List<string>();
        if (questions.Count == 0)
        {
            return problems;
        }
        var longest = questions.Where(q => q.CorrectIsLongest).ToList();
        var share = (double)longest.Count / questions.Count;
        if (share > MaxLongestCorrectShare)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"The correct choice is the longest (or tied longest) in {longest.Count} of {questions.Count} questions ({share:P0}); at most {MaxLongestCorrectShare:P0} may be, or a reader can guess by length. Lengthen a wrong choice or shorten the right one in:")
                + string.Concat(longest.Select(q => Environment.NewLine + "     " + q.Where)));
        }
        var shortest = questions.Where(q => q.CorrectIsShortest).ToList();
        var shortShare = (double)shortest.Count / questions.Count;
        if (shortShare > MaxShortestCorrectShare)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"The correct choice is the shortest (or tied shortest) in {shortest.Count} of {questions.Count} questions ({shortShare:P0}); at most {MaxShortestCorrectShare:P0} may be. Shorten a wrong choice or lengthen the right one in:")
                + string.Concat(shortest.Select(q => Environment.NewLine + "     " + q.Where)));
        }
        var middle = questions.Count(q => !q.CorrectIsLongest && !q.CorrectIsShortest);
        if ((double)middle / questions.Count > MaxMiddleCorrectShare)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"The correct choice is neither the longest nor the shortest in {middle} of {questions.Count} questions ({(double)middle / questions.Count:P0}); at most {MaxMiddleCorrectShare:P0} may be, or a reader can guess the middle length."));
        }
        var positions = questions.GroupBy(q => q.Correct).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (position, count) in positions.OrderBy(p => p.Key))
        {
            if ((double)count / questions.Count > MaxPositionShare)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Choice {position} is correct in {count} of {questions.Count} questions ({(double)count / questions.Count:P0}); no position may hold more than {MaxPositionShare:P0}."));
            }
        }
        for (var position = 1; position <= 3; position++)
        {
            var count = positions.GetValueOrDefault(position);
            if ((double)count / questions.Count < MinPositionShare)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Choice {position} is correct in only {count} of {questions.Count} questions ({(double)count / questions.Count:P0}); each of the first three positions needs at least {MinPositionShare:P0}."));
            }
        }
        return problems;
    }

    public static List<string> QuestionTeachingProblems(CurriculumCatalog catalog)
    {
        var questions = Questions(catalog);
        var problems = new List<string>();
        foreach (var (idea, pattern) in OneQuestionIdeas)
        {
            var on = questions.Where(q => pattern.IsMatch(q.Prompt) || (q.Correct >= 1 && q.Correct <= q.Choices.Count && pattern.IsMatch(q.Choices[q.Correct - 1]))).ToList();
            if (on.Count > 1)
            {
                problems.Add($"{on.Count} questions test the same idea ({idea}); keep one and ask about something else in:"
                             + string.Concat(on.Select(q => Environment.NewLine + "     " + q.Where)));
            }
        }
        foreach (var q in questions)
        {
            if (q.Choices.Any(c => Statistic().IsMatch(c)))
            {
                problems.Add($"{q.Where}: a choice is a statistic; ask about a skill or a safe action, not a figure.");
            }
            if (JudgedExplanation().Match(q.Explanation) is { Success: true } judged)
            {
                problems.Add($"{q.Where}: the explanation starts \"{judged.Value}\", which reads wrongly to someone who chose another answer; explain the idea instead.");
            }
            foreach (var choice in q.Choices.Where(c => ThrowawayChoice().IsMatch(c)))
            {
                problems.Add($"{q.Where}: \"{choice}\" is a throwaway choice; every wrong choice should be a mistake a caring family member might make.");
            }
            if (q.Choices.Count < 3)
            {
                problems.Add($"{q.Where}: has {q.Choices.Count} choices; use at least 3 so a guess is not a coin toss.");
            }
        }
        return problems;
    }

    [GeneratedRegex(@"\d\s*(?:%|percent)", RegexOptions.IgnoreCase)]
    private static partial Regex Statistic();

    [GeneratedRegex(@"^\s*(?:Right|Correct|Wrong|Exactly|Well done|Not quite|That's right)\b[.!,]?", RegexOptions.IgnoreCase)]
    private static partial Regex JudgedExplanation();

    [GeneratedRegex(@"^(?:none of (?:them|these|the above)|all of (?:them|these|the above)|a debt counseling service|I don't know)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ThrowawayChoice();
}
