using FamilyBridge.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyBridge.Circles.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresCirclesDbContext</c> build the context.</summary>
public sealed class PostgresCirclesDbContextFactory : IDesignTimeDbContextFactory<PostgresCirclesDbContext>
{
    public PostgresCirclesDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresCirclesDbContext>(CirclesDbContext.MigrationsHistoryTable));
}
