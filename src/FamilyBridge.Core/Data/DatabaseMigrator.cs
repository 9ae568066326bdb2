using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Core.Data;

public static class DatabaseMigrator
{
    /// <summary>Applies every module's migrations, in the order the modules were added.</summary>
    public static async Task MigrateDatabasesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<DatabaseConnection>();
        if (connection.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while the outbox dispatcher or an import writes.
            await using var sqlite = new SqliteConnection(connection.ConnectionString);
            await sqlite.OpenAsync(cancellationToken);
            await using var command = sqlite.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var module in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            await module.MigrateAsync(scope.ServiceProvider, cancellationToken);
        }
    }
}
