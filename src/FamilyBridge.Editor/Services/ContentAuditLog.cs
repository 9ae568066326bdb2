using FamilyBridge.Accounts.Models;
using FamilyBridge.Editor.Data;
using FamilyBridge.Editor.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Editor.Services;

/// <summary>Writes audit lines to the Editor module's table and reads them back, newest first.</summary>
public sealed class ContentAuditLog(EditorDbContext db, UserManager<AccountUser> users, TimeProvider clock) : IContentAuditLog
{
    public async Task RecordAsync(string userId, string action, string? contentItemId, string summary, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentException.ThrowIfNullOrEmpty(action);
        var user = await users.FindByIdAsync(userId);
        db.AuditEntries.Add(new ContentAuditEntry
        {
            OccurredUtc = clock.GetUtcNow().UtcDateTime,
            UserId = userId,
            UserName = Truncate(user?.DisplayName is { Length: > 0 } name ? name : user?.Email ?? userId, 256),
            Action = Truncate(action, 64),
            ContentItemId = contentItemId,
            Summary = Truncate(summary ?? "", 1000),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One page of the log, newest first, and the number of lines in all.</summary>
    public async Task<(IReadOnlyList<ContentAuditEntry> Entries, int Total)> ReadAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var total = await db.AuditEntries.CountAsync(cancellationToken);
        var entries = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.OccurredUtc).ThenByDescending(e => e.Id)
            .Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return (entries, total);
    }

    /// <summary>The lines about one item, newest first.</summary>
    public async Task<IReadOnlyList<ContentAuditEntry>> ForItemAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        await db.AuditEntries.AsNoTracking()
            .Where(e => e.ContentItemId == contentItemId)
            .OrderByDescending(e => e.OccurredUtc).ThenByDescending(e => e.Id)
            .ToListAsync(cancellationToken);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
