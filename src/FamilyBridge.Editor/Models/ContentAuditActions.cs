namespace FamilyBridge.Editor.Models;

/// <summary>The verbs the audit log uses, so the log reads the same whoever wrote the line.</summary>
public static class ContentAuditActions
{
    public const string Created = "created";
    public const string Saved = "saved a draft of";
    public const string Published = "published";
    public const string Unpublished = "unpublished";
    public const string Scheduled = "scheduled";
    public const string ScheduleCancelled = "cancelled a schedule for";
    public const string Trashed = "moved to the trash";
    public const string RestoredFromTrash = "restored from the trash";
    public const string RestoredVersion = "restored an old version of";
    public const string Reordered = "reordered";
    public const string DefinitionChanged = "changed a content type";
    public const string RecipeImported = "imported a recipe";
}
