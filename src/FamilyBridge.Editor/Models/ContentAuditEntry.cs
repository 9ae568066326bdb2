namespace FamilyBridge.Editor.Models;

/// <summary>One line of the content audit log: who did what to which item, and when.</summary>
public sealed class ContentAuditEntry
{
    public long Id { get; set; }

    public DateTime OccurredUtc { get; set; }

    public string UserId { get; set; } = "";

    /// <summary>The person's name at the time, so the log still reads well after an account is deleted.</summary>
    public string UserName { get; set; } = "";

    public string Action { get; set; } = "";

    public string? ContentItemId { get; set; }

    public string Summary { get; set; } = "";
}
