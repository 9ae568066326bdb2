using FamilyBridge.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyBridge.ContentManagement.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteContentDbContext</c> build the context.</summary>
public sealed class SqliteContentDbContextFactory : IDesignTimeDbContextFactory<SqliteContentDbContext>
{
    public SqliteContentDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteContentDbContext>(ContentDbContext.MigrationsHistoryTable));
}
