using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Core.Data;

/// <summary>One module's DbContext, remembered so start-up can migrate every module in order.</summary>
public sealed class ModuleDatabase(Type contextType, string? historyTable = null)
{
    public Type ContextType { get; } = contextType;

    public async Task MigrateAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        var context = (DbContext)scopedServices.GetRequiredService(ContextType);
        if (historyTable is not null && await IsUpToDateAsync(context, historyTable, cancellationToken))
        {
            return;
        }

        await context.Database.MigrateAsync(cancellationToken);
    }

    // On a second start every migration is applied. EF's Migrate would still build the model and diff it against the
    // snapshot, for each of a dozen contexts; comparing the shipped migration ids with the history table is one query.
    private static async Task<bool> IsUpToDateAsync(DbContext context, string historyTable, CancellationToken cancellationToken)
    {
        var shipped = context.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var connection = context.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        try
        {
            if (opened)
            {
                await connection.OpenAsync(cancellationToken);
            }

            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT \"MigrationId\" FROM \"{historyTable.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                shipped.Remove(reader.GetString(0));
            }

            return shipped.Count == 0;
        }
        catch (System.Data.Common.DbException)
        {
            // No history table yet (a new database): EF creates it.
            return false;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
