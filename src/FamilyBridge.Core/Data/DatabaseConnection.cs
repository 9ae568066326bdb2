using FamilyBridge.Core.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Core.Data;

/// <summary>
/// Configures every module's DbContext for the one database the site uses. Each module keeps its own
/// migrations history table, so modules migrate independently on the same database.
/// </summary>
public sealed class DatabaseConnection
{
    public const string SqliteFileName = "familybridge.db";

    private readonly DatabaseOptions _options;
    private readonly AppDataPaths _paths;

    public DatabaseConnection(IOptions<DatabaseOptions> options, AppDataPaths paths)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _paths = paths;
    }

    public DatabaseProvider Provider => _options.Provider;

    public string ConnectionString => _options.Provider switch
    {
        DatabaseProvider.Postgres => _options.ConnectionString
            ?? throw new InvalidOperationException(
                "Database:Provider is Postgres but ConnectionStrings:FamilyBridge is not set."),
        _ => _options.ConnectionString ?? $"Data Source={Path.Combine(_paths.Root, SqliteFileName)}",
    };

    public void Configure(DbContextOptionsBuilder builder, string migrationsHistoryTable)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (_options.Provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(ConnectionString, o => o.MigrationsHistoryTable(migrationsHistoryTable));
        }
        else
        {
            builder.UseSqlite(ConnectionString, o => o.MigrationsHistoryTable(migrationsHistoryTable));
        }

        builder.AddInterceptors(AfterCommit.Interceptor);
    }
}
