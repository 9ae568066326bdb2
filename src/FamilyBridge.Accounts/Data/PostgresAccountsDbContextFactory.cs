using FamilyBridge.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyBridge.Accounts.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresAccountsDbContext</c> build the context.</summary>
public sealed class PostgresAccountsDbContextFactory : IDesignTimeDbContextFactory<PostgresAccountsDbContext>
{
    public PostgresAccountsDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresAccountsDbContext>(AccountsDbContext.MigrationsHistoryTable));
}
