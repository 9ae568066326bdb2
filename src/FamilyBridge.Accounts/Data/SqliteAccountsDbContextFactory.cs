using FamilyBridge.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyBridge.Accounts.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteAccountsDbContext</c> build the context.</summary>
public sealed class SqliteAccountsDbContextFactory : IDesignTimeDbContextFactory<SqliteAccountsDbContext>
{
    public SqliteAccountsDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteAccountsDbContext>(AccountsDbContext.MigrationsHistoryTable));
}
