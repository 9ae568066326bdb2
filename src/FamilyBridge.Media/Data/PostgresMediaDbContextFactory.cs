using FamilyBridge.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyBridge.Media.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresMediaDbContext</c> build the context.</summary>
public sealed class PostgresMediaDbContextFactory : IDesignTimeDbContextFactory<PostgresMediaDbContext>
{
    public PostgresMediaDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresMediaDbContext>(MediaDbContext.MigrationsHistoryTable));
}
