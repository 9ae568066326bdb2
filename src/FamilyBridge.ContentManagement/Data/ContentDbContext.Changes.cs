using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FamilyBridge.ContentManagement.Data;

// The change numbers: written beside the content change, numbered in commit order, announced after commit.
public abstract partial class ContentDbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.AddInterceptors(ContentChangesCommittedInterceptor.Instance);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!RecordContentChanges())
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (!Database.IsNpgsql())
        {
            // SQLite has one writer at a time, holding its lock to commit: numbers are handed out in commit order.
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await AnnounceIfCommittedAsync(cancellationToken);
            return saved;
        }

        // PostgreSQL hands out sequence numbers as rows are inserted, not as transactions commit: number 7 could
        // commit before number 6, and a node that indexed up to 7 would never look at 6. Writers of changes queue
        // on a transaction-scoped advisory lock, so they commit in number order.
        if (Database.CurrentTransaction is not null)
        {
            await LockChangeNumbersAsync(cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await LockChangeNumbersAsync(cancellationToken);
        var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>Tells the other nodes once the changes this context wrote have committed (see the interceptor).</summary>
    internal async Task AnnouncePendingChangesAsync(CancellationToken cancellationToken)
    {
        if (!_changesPending)
        {
            return;
        }

        _changesPending = false;
        if (_bus is not null)
        {
            await _bus.PublishAsync(ContentChangeNumbers.BusTopic, "", cancellationToken);
        }
    }

    internal void DiscardPendingChanges() => _changesPending = false;

    private async Task AnnounceIfCommittedAsync(CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is null)
        {
            await AnnouncePendingChangesAsync(cancellationToken);
        }
    }

    private Task<int> LockChangeNumbersAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ContentChangeNumbers.LockKey})", cancellationToken);

    // A change readers can see touches a version that is, or was until now, the published one.
    private bool RecordContentChanges()
    {
        var changed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in ChangeTracker.Entries<ContentItemRecord>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && TouchesPublished(entry))
            {
                changed.TryAdd(entry.Entity.ContentItemId, entry.Entity.ContentType);
            }
        }

        foreach (var (id, type) in changed)
        {
            ContentChanges.Add(new ContentChangeRecord { ContentItemId = id, ContentType = type });
        }

        _changesPending |= changed.Count > 0;
        return changed.Count > 0;
    }

    private static bool TouchesPublished(EntityEntry<ContentItemRecord> entry) => entry.State switch
    {
        EntityState.Added => entry.Entity.Published,
        EntityState.Deleted => entry.Property(r => r.Published).OriginalValue,
        _ => entry.Entity.Published || entry.Property(r => r.Published).OriginalValue,
    };
}
