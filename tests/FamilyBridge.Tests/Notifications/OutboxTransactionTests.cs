using FamilyBridge.Core.Data;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace FamilyBridge.Tests.Notifications;

/// <summary>Mail queued inside another module's transaction exists if and only if that change commits.</summary>
public sealed class OutboxTransactionTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Mail_queued_in_a_transaction_commits_with_the_change_and_vanishes_on_rollback(DatabaseProvider provider)
    {
        await using var host = await OutboxTestHost.CreateAsync(provider, configure: LedgerDbContext.Register);
        await host.RunLedgerAsync<int>(db => db.CreateTableAsync());

        await host.RunLedgerAsync(async (db, outbox) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Entries.Add(new LedgerEntry { Id = "kept", Note = "Ana was invited" });
            await db.SaveChangesAsync();
            await outbox.EnqueueAsync(db, [OutboxTestHost.Message("ana@example.org")]);

            // Not visible to anyone else (the dispatcher included) before the caller commits.
            Assert.Empty(await host.RowsAsync());
            await transaction.CommitAsync();
        });

        await host.RunLedgerAsync(async (db, outbox) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Entries.Add(new LedgerEntry { Id = "dropped", Note = "Kim was invited" });
            await db.SaveChangesAsync();
            await outbox.EnqueueAsync(db, [OutboxTestHost.Message("kim@example.org")]);
            await transaction.RollbackAsync();
        });

        var row = Assert.Single(await host.RowsAsync());
        Assert.Equal("ana@example.org", row.Recipient);
        Assert.Equal(OutboxStatus.Queued, row.Status);
        Assert.Equal(["kept"], await host.RunLedgerAsync(db => db.Entries.Select(e => e.Id).ToListAsync()));

        Assert.Equal(1, (await host.DispatchAsync()).Sent);
        var file = Assert.Single(Directory.GetFiles(host.PickupFolder, "*.eml"));
        Assert.Equal("ana@example.org", (await MimeMessage.LoadAsync(file)).To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Queueing_into_a_context_without_a_transaction_is_refused_with_a_clear_message()
    {
        await using var host = await OutboxTestHost.CreateAsync(configure: LedgerDbContext.Register);

        var error = await host.RunLedgerAsync(async (db, outbox) =>
            await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.EnqueueAsync(db, [OutboxTestHost.Message("ana@example.org")])));

        Assert.Contains("begin a transaction", error.Message, StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync());
    }
}

/// <summary>Runs code against the test's "other module" context in a scope of its own.</summary>
internal static class LedgerHostExtensions
{
    public static async Task<T> RunLedgerAsync<T>(this OutboxTestHost host, Func<LedgerDbContext, IEmailOutbox, Task<T>> action)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<LedgerDbContext>(), scope.ServiceProvider.GetRequiredService<IEmailOutbox>());
    }

    public static Task<T> RunLedgerAsync<T>(this OutboxTestHost host, Func<LedgerDbContext, Task<T>> action) =>
        host.RunLedgerAsync((db, _) => action(db));

    public static Task RunLedgerAsync(this OutboxTestHost host, Func<LedgerDbContext, IEmailOutbox, Task> action) =>
        host.RunLedgerAsync<bool>(async (db, outbox) =>
        {
            await action(db, outbox);
            return true;
        });
}
