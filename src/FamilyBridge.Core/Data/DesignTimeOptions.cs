using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Core.Data;

/// <summary>Options for <c>dotnet ef migrations add</c>; never used at run time.</summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<T> Sqlite<T>(string migrationsHistoryTable) where T : DbContext =>
        new DbContextOptionsBuilder<T>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable(migrationsHistoryTable))
            .Options;

    public static DbContextOptions<T> Postgres<T>(string migrationsHistoryTable) where T : DbContext =>
        new DbContextOptionsBuilder<T>()
            .UseNpgsql("Host=localhost;Database=design_time", o => o.MigrationsHistoryTable(migrationsHistoryTable))
            .Options;
}
