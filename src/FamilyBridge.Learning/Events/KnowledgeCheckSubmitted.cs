namespace FamilyBridge.Learning.Events;

/// <summary>
/// A signed-in reader submitted a lesson's knowledge check. The lesson page (Web) scores it and publishes this;
/// Learning saves it. <see cref="Answers"/> maps each question's ContentItemId to the 1-based choice picked.
/// </summary>
public sealed record KnowledgeCheckSubmitted(
    string UserId,
    string LessonContentItemId,
    IReadOnlyDictionary<string, int> Answers,
    int Correct,
    int Total);
