namespace FamilyBridge.Theme.Models;

/// <summary>One question's outcome. Choices are 1-based, as in the content (<c>CorrectChoice</c>).</summary>
public sealed record QuestionResult(string QuestionContentItemId, int? Chosen, int CorrectChoice)
{
    public bool IsCorrect => Chosen == CorrectChoice;
}
