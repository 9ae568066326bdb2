namespace FamilyBridge.Theme.Models;

/// <summary>What a signed-in reader saved on the lesson they are reading, for the lesson's progress panel.</summary>
public sealed record ReaderLessonPanel(
    bool Completed,
    string? Note,
    IReadOnlySet<string> CheckedItemIds,
    int? LastCheckCorrect,
    int? LastCheckTotal);
