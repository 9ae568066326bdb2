namespace FamilyBridge.Learning.Pages.Lessons;

/// <summary>
/// The values of <see cref="ActionsModel.SavedQueryKey"/> and the lesson section each one is shown in (the theme's
/// <c>_LessonProgressPanel</c> uses the same words and ids).
/// </summary>
public static class LessonSaved
{
    public const string Note = "note";
    public const string NoteDeleted = "note-deleted";
    public const string NoteEmpty = "note-empty";
    public const string Checklist = "checklist";
    public const string Done = "done";
    public const string NotDone = "not-done";

    public static string SectionOf(string saved) => saved switch
    {
        Note or NoteDeleted or NoteEmpty => "reflection",
        Checklist => "checklist",
        _ => "your-progress",
    };
}
