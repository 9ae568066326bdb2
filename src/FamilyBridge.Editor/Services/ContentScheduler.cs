using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Editor.Data;
using FamilyBridge.Editor.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Editor.Services;

/// <summary>Pending publish and unpublish times, and applying the ones that are due.</summary>
public sealed class ContentScheduler(EditorDbContext db, IContentManager content, IContentAuditLog audit, TimeProvider clock)
{
    public async Task<ContentSchedule> ScheduleAsync(string contentItemId, ScheduleAction action, DateTime dueUtc, string userId, CancellationToken cancellationToken = default)
    {
        var schedule = new ContentSchedule
        {
            ContentItemId = contentItemId,
            Action = action,
            DueUtc = DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc),
            CreatedByUserId = userId,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Schedules.Add(schedule);
        await db.SaveChangesAsync(cancellationToken);
        return schedule;
    }

    public async Task<IReadOnlyList<ContentSchedule>> PendingAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        await db.Schedules.AsNoTracking()
            .Where(s => s.ContentItemId == contentItemId && s.DoneUtc == null && s.CancelledUtc == null)
            .OrderBy(s => s.DueUtc)
            .ToListAsync(cancellationToken);

    /// <summary>Ids of every item with a pending schedule (the "scheduled" filter of the content list).</summary>
    public async Task<IReadOnlyList<string>> ScheduledItemIdsAsync(CancellationToken cancellationToken = default) =>
        await db.Schedules.AsNoTracking()
            .Where(s => s.DoneUtc == null && s.CancelledUtc == null)
            .Select(s => s.ContentItemId).Distinct()
            .ToListAsync(cancellationToken);

    /// <summary>Cancels a pending schedule of the item; false when there is none with that id.</summary>
    public async Task<ContentSchedule?> CancelAsync(string contentItemId, long scheduleId, CancellationToken cancellationToken = default)
    {
        var schedule = await db.Schedules.FirstOrDefaultAsync(
            s => s.Id == scheduleId && s.ContentItemId == contentItemId && s.DoneUtc == null && s.CancelledUtc == null, cancellationToken);
        if (schedule is null)
        {
            return null;
        }

        schedule.CancelledUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return schedule;
    }

    /// <summary>
    /// Applies every pending schedule due at or before <paramref name="now"/>, oldest first, each written to the audit
    /// log in the name of the person who scheduled it. Returns how many were applied.
    /// </summary>
    public async Task<int> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var nowUtc = now.UtcDateTime;
        var due = await db.Schedules
            .Where(s => s.DoneUtc == null && s.CancelledUtc == null && s.DueUtc <= nowUtc)
            .OrderBy(s => s.DueUtc).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        foreach (var schedule in due)
        {
            var item = await content.GetAsync(schedule.ContentItemId, VersionOptions.Latest, cancellationToken);
            if (item is not null)
            {
                if (schedule.Action == ScheduleAction.Publish)
                {
                    await content.PublishAsync(schedule.ContentItemId, cancellationToken);
                }
                else
                {
                    await content.UnpublishAsync(schedule.ContentItemId, cancellationToken);
                }

                await audit.RecordAsync(
                    schedule.CreatedByUserId,
                    schedule.Action == ScheduleAction.Publish ? ContentAuditActions.Published : ContentAuditActions.Unpublished,
                    schedule.ContentItemId,
                    $"{item.Title} (as scheduled for {schedule.DueUtc:yyyy-MM-dd HH:mm} UTC)",
                    cancellationToken);
            }

            // An item trashed before its time is simply skipped: the schedule is spent either way.
            schedule.DoneUtc = nowUtc;
            await db.SaveChangesAsync(cancellationToken);
        }

        return due.Count;
    }
}
