using FamilyBridge.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyBridge.Learning.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteLearningDbContext</c> build the context.</summary>
public sealed class SqliteLearningDbContextFactory : IDesignTimeDbContextFactory<SqliteLearningDbContext>
{
    public SqliteLearningDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteLearningDbContext>(LearningDbContext.MigrationsHistoryTable));
}
