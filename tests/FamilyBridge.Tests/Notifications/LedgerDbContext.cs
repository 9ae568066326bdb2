using FamilyBridge.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Notifications;

/// <summary>
/// Stands for "another module" in outbox tests: its own DbContext and table on the site's one database, whose
/// transaction the outbox joins.
/// </summary>
public sealed class LedgerDbContext(DbContextOptions<LedgerDbContext> options) : DbContext(options)
{
    public DbSet<LedgerEntry> Entries => Set<LedgerEntry>();

    public static void Register(IServiceCollection services) =>
        services.AddDbContext<LedgerDbContext>((sp, o) => sp.GetRequiredService<DatabaseConnection>().Configure(o, "__EFMigrationsHistory_TestLedger"));

    /// <summary>Plain SQL both providers accept; a test table needs no migration set.</summary>
    public Task<int> CreateTableAsync() =>
        Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS \"TestLedger\" (\"Id\" varchar(40) PRIMARY KEY, \"Note\" varchar(200) NOT NULL)");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<LedgerEntry>(e =>
        {
            e.ToTable("TestLedger");
            e.HasKey(x => x.Id);
        });
    }
}

public sealed class LedgerEntry
{
    public required string Id { get; set; }

    public required string Note { get; set; }
}
