using FamilyBridge.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyBridge.ContentManagement.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresContentDbContext</c> build the context.</summary>
public sealed class PostgresContentDbContextFactory : IDesignTimeDbContextFactory<PostgresContentDbContext>
{
    public PostgresContentDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresContentDbContext>(ContentDbContext.MigrationsHistoryTable));
}
