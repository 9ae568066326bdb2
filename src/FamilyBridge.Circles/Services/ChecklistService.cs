using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.Circles.Services;

/// <summary>The curriculum's home-safety checklist, adopted by a circle and ticked by its members together.</summary>
public sealed class ChecklistService(
    CirclesDbContext db,
    CircleAccess access,
    IContentQuery content,
    TimeProvider clock,
    ILogger<ChecklistService> logger)
{
    public const string ModulePath = "trigger-proofing-the-home";

    public async Task<ChecklistView> GetAsync(string? circleId, string? userId, CancellationToken cancellationToken = default)
    {
        var me = await access.RequireMemberAsync(circleId, userId, cancellationToken);
        var circle = await db.Circles.AsNoTracking().SingleAsync(c => c.Id == me.CircleId, cancellationToken);
        var names = await access.MembersByUserAsync(me.CircleId, cancellationToken);
        var items = await db.ChecklistItems.AsNoTracking().Where(i => i.CircleId == me.CircleId).OrderBy(i => i.Order).ToListAsync(cancellationToken);
        return new ChecklistView(
            circle,
            me,
            circle.ChecklistAdoptedUtc is not null,
            [
                .. items.Select(i => new ChecklistItemView(
                    i,
                    i.CheckedByUserId is null ? null : names.TryGetValue(i.CheckedByUserId, out var m) ? m.DisplayName : "A former member",
                    i.CheckedUtc is DateTime t ? TimeZones.ToLocal(t, me.TimeZoneId) : null)),
            ]);
    }

    /// <summary>Copies the items (bag id + text) of the module's largest published checklist.</summary>
    public async Task AdoptAsync(string circleId, string ownerUserId, CancellationToken cancellationToken = default)
    {
        await access.RequireOwnerAsync(circleId, ownerUserId, cancellationToken);
        var circle = await db.Circles.SingleAsync(c => c.Id == circleId, cancellationToken);
        if (circle.ChecklistAdoptedUtc is not null)
        {
            return;
        }

        var source = await FindSourceAsync(cancellationToken)
            ?? throw new CircleRuleException("The home-safety checklist is not available on this site yet.");
        var order = 0;
        foreach (var item in source)
        {
            db.ChecklistItems.Add(new ChecklistItem
            {
                CircleId = circleId,
                SourceContentItemId = item.ContentItemId,
                Text = item.GetText("ChecklistItem", "Text") ?? item.DisplayText ?? "",
                Order = order++,
            });
        }

        circle.ChecklistAdoptedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Checklist adopted in circle {CircleId} ({Count} items)", circleId, order);
    }

    public async Task SetCheckedAsync(string circleId, string userId, long itemId, bool isChecked, CancellationToken cancellationToken = default)
    {
        var me = await access.RequireMemberAsync(circleId, userId, cancellationToken);
        var item = await db.ChecklistItems.SingleOrDefaultAsync(i => i.Id == itemId && i.CircleId == circleId, cancellationToken)
            ?? throw new CircleNotFoundException();
        item.CheckedByUserId = isChecked ? me.UserId : null;
        item.CheckedUtc = isChecked ? clock.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<ContentItem>?> FindSourceAsync(CancellationToken cancellationToken)
    {
        var module = await content.GetPublishedByPathAsync(ModulePath, cancellationToken);
        if (module is null)
        {
            return null;
        }

        var lessons = await content.GetListItemsAsync(module.ContentItemId, VersionOptions.Published, cancellationToken);
        var items = lessons
            .Where(l => l.ContentType == "Lesson")
            .Select(l => l.GetBagItems("Checklist"))
            .OrderByDescending(bag => bag.Count)
            .FirstOrDefault();
        return items is { Count: > 0 } ? items : null;
    }
}
