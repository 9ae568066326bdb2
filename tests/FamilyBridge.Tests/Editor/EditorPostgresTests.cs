using FamilyBridge.Accounts.Models;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Editor.Models;
using FamilyBridge.Editor.Services;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Editor;

public sealed class EditorPostgresTests
{
    [Fact]
    public async Task On_PostgreSQL_a_due_schedule_is_applied_once_and_written_to_the_audit_log()
    {
        await using var site = await SiteFactory.StartAsync(SiteDatabase.Postgres);
        var editor = await StaffAccounts.CreateAsync(site.Services, SiteRoles.Editor, "Robin");
        await using var scope = site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var lesson = (await services.GetRequiredService<IContentQuery>().GetByTypeAsync("Lesson", VersionOptions.Published))[0];
        var scheduler = services.GetRequiredService<ContentScheduler>();
        var due = new DateTime(2030, 1, 31, 9, 0, 0, DateTimeKind.Utc);
        await scheduler.ScheduleAsync(lesson.ContentItemId, ScheduleAction.Unpublish, due, editor.UserId);

        Assert.Equal([lesson.ContentItemId], await scheduler.ScheduledItemIdsAsync());
        Assert.Equal(0, await scheduler.RunDueAsync(new DateTimeOffset(due.AddMinutes(-1))));
        Assert.Equal(1, await scheduler.RunDueAsync(new DateTimeOffset(due)));
        Assert.Equal(0, await scheduler.RunDueAsync(new DateTimeOffset(due.AddDays(1))));

        Assert.Null(await services.GetRequiredService<IContentManager>().GetAsync(lesson.ContentItemId, VersionOptions.Published));
        Assert.Empty(await scheduler.ScheduledItemIdsAsync());
        var (entries, total) = await services.GetRequiredService<ContentAuditLog>().ReadAsync(1, 10);
        var entry = Assert.Single(entries);
        Assert.Equal(1, total);
        Assert.Equal("Robin", entry.UserName);
        Assert.Equal(ContentAuditActions.Unpublished, entry.Action);
        Assert.Equal(lesson.ContentItemId, entry.ContentItemId);
        Assert.Equal($"{lesson.Title} (as scheduled for 2030-01-31 09:00 UTC)", entry.Summary);
    }
}
