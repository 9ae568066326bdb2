using FamilyBridge.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyBridge.Circles.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteCirclesDbContext</c> build the context.</summary>
public sealed class SqliteCirclesDbContextFactory : IDesignTimeDbContextFactory<SqliteCirclesDbContext>
{
    public SqliteCirclesDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteCirclesDbContext>(CirclesDbContext.MigrationsHistoryTable));
}
