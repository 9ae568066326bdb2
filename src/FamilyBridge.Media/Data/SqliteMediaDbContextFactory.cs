using FamilyBridge.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyBridge.Media.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteMediaDbContext</c> build the context.</summary>
public sealed class SqliteMediaDbContextFactory : IDesignTimeDbContextFactory<SqliteMediaDbContext>
{
    public SqliteMediaDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteMediaDbContext>(MediaDbContext.MigrationsHistoryTable));
}
