using FamilyBridge.Core.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FamilyBridge.Notifications.Services;

/// <summary>
/// On PostgreSQL, keeps one connection that <c>LISTEN</c>s on <see cref="OutboxSignal.Channel"/>: a message queued
/// on any node sends <c>NOTIFY</c> inside its transaction, which PostgreSQL delivers only when that transaction
/// commits, so every node's dispatcher wakes after the commit and never before. Does nothing on SQLite (one node).
/// </summary>
public sealed partial class OutboxNotifyListener(
    DatabaseConnection database,
    OutboxSignal signal,
    ILogger<OutboxNotifyListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { KeepAlive = 30, Pooling = false };
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Notification += (_, _) => signal.Wake();
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {OutboxSignal.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Anything queued while this node was not listening is found by the pass this wake starts.
                delay = TimeSpan.FromSeconds(1);
                signal.Wake();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogLost(logger, delay.TotalSeconds, e);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox wake-up connection to PostgreSQL was lost; reconnecting in {Seconds} s (the dispatcher's sweep still runs).")]
    private static partial void LogLost(ILogger logger, double seconds, Exception exception);
}
