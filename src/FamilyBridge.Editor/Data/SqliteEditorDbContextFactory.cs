using FamilyBridge.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyBridge.Editor.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteEditorDbContext</c> build the context.</summary>
public sealed class SqliteEditorDbContextFactory : IDesignTimeDbContextFactory<SqliteEditorDbContext>
{
    public SqliteEditorDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteEditorDbContext>(EditorDbContext.MigrationsHistoryTable));
}
