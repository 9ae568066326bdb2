using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FamilyBridge.Core.Data;

/// <summary>
/// One module's DbContext, remembered so start-up can migrate every module in order. <paramref name="sqliteContext"/>
/// and <paramref name="postgresContext"/> are the provider context types that carry the module's migrations.
/// </summary>
public sealed class ModuleDatabase(Type contextType, string? historyTable = null, Type? sqliteContext = null, Type? postgresContext = null)
{
    public Type ContextType { get; } = contextType;

    public async Task MigrateAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopedServices);
        var database = scopedServices.GetRequiredService<DatabaseConnection>();
        var migrationsContext = database.Provider == DatabaseProvider.Postgres ? postgresContext : sqliteContext;
        if (historyTable is not null && migrationsContext is not null
            && await IsUpToDateAsync(database, migrationsContext, historyTable, cancellationToken))
        {
            return;
        }

        var context = (DbContext)scopedServices.GetRequiredService(ContextType);
        await context.Database.MigrateAsync(cancellationToken);
    }

    // On a second start every migration is applied. Asking EF (GetMigrations, GetDbConnection) starts each context's
    // EF services, for a dozen contexts, which was the largest part of a second start; the shipped ids are on the
    // migration classes themselves (as EF finds them), and the history table is one query on a plain connection.
    private static async Task<bool> IsUpToDateAsync(
        DatabaseConnection database, Type migrationsContext, string historyTable, CancellationToken cancellationToken)
    {
        var shipped = ShippedMigrationIds(migrationsContext);
        await using DbConnection connection = database.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT \"MigrationId\" FROM \"{historyTable.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                shipped.Remove(reader.GetString(0));
            }

            return shipped.Count == 0;
        }
        catch (DbException)
        {
            // No history table yet (a new database): EF creates it.
            return false;
        }
    }

    private static HashSet<string> ShippedMigrationIds(Type migrationsContext) =>
        migrationsContext.Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == migrationsContext)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
}
