using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FamilyBridge.Core.Data;

/// <summary>
/// Work to do once a database transaction has committed (and never if it rolls back): eShop's "publish after
/// the transaction", for a module that writes inside another module's transaction and cannot see its commit.
/// Every module's DbContext carries <see cref="Interceptor"/> (see <see cref="DatabaseConnection"/>).
/// </summary>
public static class AfterCommit
{
    private static readonly ConditionalWeakTable<DbTransaction, List<Action>> Pending = [];

    /// <summary>The EF Core interceptor that runs the callbacks; one instance serves every context.</summary>
    public static IInterceptor Interceptor { get; } = new AfterCommitInterceptor();

    /// <summary>Runs <paramref name="action"/> right after <paramref name="transaction"/> commits through EF Core.</summary>
    public static void Register(DbTransaction transaction, Action action)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(action);
        var actions = Pending.GetOrCreateValue(transaction);
        lock (actions)
        {
            actions.Add(action);
        }
    }

    private static void Run(DbTransaction transaction, bool committed)
    {
        if (!Pending.TryGetValue(transaction, out var actions))
        {
            return;
        }

        Pending.Remove(transaction);
        if (!committed)
        {
            return;
        }

        Action[] copy;
        lock (actions)
        {
            copy = [.. actions];
        }

        foreach (var action in copy)
        {
            action();
        }
    }

    private sealed class AfterCommitInterceptor : DbTransactionInterceptor
    {
        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Run(transaction, true);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Run(transaction, true);
            return Task.CompletedTask;
        }

        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Run(transaction, false);

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Run(transaction, false);
            return Task.CompletedTask;
        }
    }
}
