namespace FamilyBridge.Editor.Services;

/// <summary>
/// Who changed what content, and when: every save, publish, unpublish, schedule, trash, restore, definition change
/// and recipe import made through the admin writes one line. Administrators read it at /admin/audit.
/// </summary>
public interface IContentAuditLog
{
    /// <param name="userId">The signed-in person who made the change.</param>
    /// <param name="action">A short verb phrase from <c>ContentAuditActions</c>, e.g. "published".</param>
    /// <param name="contentItemId">The item changed, when the change is about one item.</param>
    /// <param name="summary">What changed in words an editor understands, e.g. the item's title or "added field Duration to Lesson". Never circle content.</param>
    Task RecordAsync(string userId, string action, string? contentItemId, string summary, CancellationToken cancellationToken = default);
}
