using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FamilyBridge.ContentManagement.Data;

/// <summary>
/// Lets <see cref="ContentDbContext"/> announce its content changes when the transaction that holds them commits
/// (a recipe import saves many times inside one transaction): other nodes woken earlier would find nothing yet.
/// Stateless, one instance for every context.
/// </summary>
internal sealed class ContentChangesCommittedInterceptor : DbTransactionInterceptor
{
    public static readonly ContentChangesCommittedInterceptor Instance = new();

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData?.Context is ContentDbContext context)
        {
            await context.AnnouncePendingChangesAsync(cancellationToken);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData?.Context is ContentDbContext context)
        {
            context.AnnouncePendingChangesAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData?.Context as ContentDbContext)?.DiscardPendingChanges();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData?.Context as ContentDbContext)?.DiscardPendingChanges();
}
