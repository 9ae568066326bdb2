using FamilyBridge.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyBridge.Learning.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresLearningDbContext</c> build the context.</summary>
public sealed class PostgresLearningDbContextFactory : IDesignTimeDbContextFactory<PostgresLearningDbContext>
{
    public PostgresLearningDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresLearningDbContext>(LearningDbContext.MigrationsHistoryTable));
}
