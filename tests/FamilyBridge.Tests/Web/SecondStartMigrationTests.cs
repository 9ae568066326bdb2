using FamilyBridge.ContentManagement;
using FamilyBridge.ContentManagement.Data;
using FamilyBridge.Core.Data;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Web;

/// <summary>The migrations check of a second start: no EF command when every shipped migration is applied, EF when one is not.</summary>
public sealed class SecondStartMigrationTests : IDisposable
{
    private readonly string _appData = Directory.CreateTempSubdirectory("fb-second-start-").FullName;

    [Fact]
    public async Task A_migrated_database_is_checked_without_an_ef_command_and_a_database_missing_its_migrations_still_gets_them()
    {
        await using var provider = Build();
        await provider.MigrateDatabasesAsync(); // the first start: EF creates the tables

        using var recorder = DbCommandRecorder.Start();
        var secondStart = await DbCommandRecorder.RecordAsync(() => provider.MigrateDatabasesAsync());
        Assert.Empty(secondStart);

        // A database from before the module's migrations: no tables, no history.
        await ExecuteAsync(provider, "SELECT group_concat('DROP TABLE \"' || name || '\";', ' ') FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        Assert.Equal(0L, await ScalarAsync(provider, "SELECT count(*) FROM sqlite_master WHERE name = 'ContentItems'"));

        var upgrade = await DbCommandRecorder.RecordAsync(() => provider.MigrateDatabasesAsync());

        Assert.NotEmpty(upgrade);
        Assert.Equal(1L, await ScalarAsync(provider, "SELECT count(*) FROM sqlite_master WHERE name = 'ContentItems'"));
        Assert.True(await ScalarAsync(provider, $"SELECT count(*) FROM \"{ContentDbContext.MigrationsHistoryTable}\"") > 0);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_appData, recursive: true);
    }

    private ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AppData:Path"] = _appData })
            .Build();
        var services = ModuleServices.Create(_appData, configuration);
        services.AddContentManagement(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Runs the statements that <paramref name="generatingSql"/> returns.</summary>
    private static async Task ExecuteAsync(IServiceProvider provider, string generatingSql)
    {
        await using var connection = new SqliteConnection(provider.GetRequiredService<DatabaseConnection>().ConnectionString);
        await connection.OpenAsync();
        await using var generate = connection.CreateCommand();
        generate.CommandText = generatingSql;
        await using var drop = connection.CreateCommand();
        drop.CommandText = (string)(await generate.ExecuteScalarAsync())!;
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(IServiceProvider provider, string sql)
    {
        await using var connection = new SqliteConnection(provider.GetRequiredService<DatabaseConnection>().ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
