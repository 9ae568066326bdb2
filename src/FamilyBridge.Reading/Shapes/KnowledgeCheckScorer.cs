using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Theme.Models;
using Microsoft.Extensions.Primitives;

namespace FamilyBridge.Reading.Shapes;

/// <summary>
/// Scores a lesson's knowledge check on the server, so it works without JavaScript. The form posts one
/// <c>answer-{questionId}</c> per question holding the 1-based choice; anything else counts as not answered.
/// </summary>
public static class KnowledgeCheckScorer
{
    public const string FieldPrefix = "answer-";

    public static KnowledgeCheckResult Score(ContentItem lesson, Func<string, StringValues> readField)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        ArgumentNullException.ThrowIfNull(readField);
        var results = new List<QuestionResult>();
        foreach (var question in lesson.GetBagItems("Questions"))
        {
            var choices = CountChoices(question);
            var correct = (int)(question.GetNumber("KnowledgeCheckQuestion", "CorrectChoice") ?? 0);
            int? chosen = int.TryParse(readField(FieldPrefix + question.ContentItemId).ToString(), out var n) && n >= 1 && n <= choices
                ? n
                : null;
            results.Add(new QuestionResult(question.ContentItemId, chosen, correct));
        }

        return new KnowledgeCheckResult { Questions = results };
    }

    private static int CountChoices(ContentItem question) =>
        (question.GetText("KnowledgeCheckQuestion", "Choices") ?? "")
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Length;
}
