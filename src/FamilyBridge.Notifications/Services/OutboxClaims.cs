using FamilyBridge.Notifications.Data;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Options;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FamilyBridge.Notifications.Services;

/// <summary>
/// Takes a batch of due rows for one dispatcher pass: rows waiting whose time has come, and rows whose claim lease
/// ran out (their node stopped mid-batch). The rows come back marked <see cref="OutboxStatus.Sending"/> under the
/// pass's token; two passes, on one node or several, never hold the same row.
/// </summary>
internal static class OutboxClaims
{
    // One statement: the inner SELECT locks the rows it picks and skips rows another node's claim has locked, so
    // concurrent nodes take different rows at once instead of queueing behind each other.
    private const string PostgresClaimSql = """
        UPDATE "OutboxMessages" SET "Status" = 'Sending', "ClaimToken" = @token, "ClaimedUtc" = @now
        WHERE "Id" IN (
            SELECT "Id" FROM "OutboxMessages"
            WHERE ((("Status" = 'Queued' OR "Status" = 'FailedWillRetry') AND "NextAttemptUtc" <= @now)
                OR ("Status" = 'Sending' AND "ClaimedUtc" < @staleBefore))
              AND (@onlyIds IS NULL OR "Id" = ANY(@onlyIds))
            ORDER BY "Id"
            LIMIT @limit
            FOR UPDATE SKIP LOCKED)
        """;

    public static async Task<List<OutboxMessage>> ClaimOnPostgresAsync(
        NotificationsDbContext db, Guid token, DateTime now, OutboxOptions settings, IReadOnlyCollection<long>? onlyIds, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(
            PostgresClaimSql,
            [
                new NpgsqlParameter("token", token),
                new NpgsqlParameter("now", now),
                new NpgsqlParameter("staleBefore", now - settings.ClaimLease),
                new NpgsqlParameter("onlyIds", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Bigint) { Value = onlyIds is null ? DBNull.Value : onlyIds.ToArray() },
                new NpgsqlParameter("limit", settings.BatchSize),
            ],
            cancellationToken);
        return await Claimed(db, token, cancellationToken);
    }

    /// <summary>
    /// SQLite (one node): pick, then a conditional update; SQLite runs one writer at a time, and the condition stops a
    /// second pass in this process from taking a row the first already took.
    /// </summary>
    public static async Task<List<OutboxMessage>> ClaimAsync(
        NotificationsDbContext db, Guid token, DateTime now, OutboxOptions settings, IReadOnlyCollection<long>? onlyIds, CancellationToken cancellationToken)
    {
        var staleBefore = now - settings.ClaimLease;
        var due = db.Outbox.Where(m =>
            ((m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.FailedWillRetry) && m.NextAttemptUtc <= now)
            || (m.Status == OutboxStatus.Sending && m.ClaimedUtc < staleBefore));
        if (onlyIds is not null)
        {
            due = due.Where(m => onlyIds.Contains(m.Id));
        }

        var ids = await due.OrderBy(m => m.Id).Select(m => m.Id).Take(settings.BatchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        await db.Outbox
            .Where(m => ids.Contains(m.Id)
                && (((m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.FailedWillRetry) && m.NextAttemptUtc <= now)
                    || (m.Status == OutboxStatus.Sending && m.ClaimedUtc < staleBefore)))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Sending)
                    .SetProperty(m => m.ClaimToken, token)
                    .SetProperty(m => m.ClaimedUtc, now),
                cancellationToken);
        return await Claimed(db, token, cancellationToken);
    }

    /// <summary>Keeps this pass's claim alive while it sends; returns how many rows it still holds.</summary>
    public static async Task<int> RenewAsync(NotificationsDbContext db, Guid token, DateTime now) =>
        await db.Outbox.Where(m => m.ClaimToken == token && m.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUtc, now), CancellationToken.None);

    private static Task<List<OutboxMessage>> Claimed(NotificationsDbContext db, Guid token, CancellationToken cancellationToken) =>
        db.Outbox.Where(m => m.ClaimToken == token && m.Status == OutboxStatus.Sending).OrderBy(m => m.Id).ToListAsync(cancellationToken);
}
