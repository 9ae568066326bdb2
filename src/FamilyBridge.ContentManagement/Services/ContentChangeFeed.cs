using FamilyBridge.ContentManagement.Data;
using FamilyBridge.ContentManagement.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.ContentManagement.Services;

public sealed class ContentChangeFeed(ContentDbContext db) : IContentChangeFeed
{
    public async Task<long> LatestNumberAsync(CancellationToken cancellationToken = default) =>
        await db.ContentChanges.AsNoTracking().MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;

    public async Task<IReadOnlyList<ContentChange>> ReadAfterAsync(long afterNumber, int max, CancellationToken cancellationToken = default) =>
        await db.ContentChanges.AsNoTracking()
            .Where(c => c.Id > afterNumber)
            .OrderBy(c => c.Id)
            .Take(max)
            .Select(c => new ContentChange(c.Id, c.ContentItemId, c.ContentType))
            .ToListAsync(cancellationToken);
}
