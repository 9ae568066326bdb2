using FamilyBridge.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyBridge.Editor.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresEditorDbContext</c> build the context.</summary>
public sealed class PostgresEditorDbContextFactory : IDesignTimeDbContextFactory<PostgresEditorDbContext>
{
    public PostgresEditorDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresEditorDbContext>(EditorDbContext.MigrationsHistoryTable));
}
