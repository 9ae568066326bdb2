using FamilyBridge.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyBridge.Notifications.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresNotificationsDbContext</c> build the context.</summary>
public sealed class PostgresNotificationsDbContextFactory : IDesignTimeDbContextFactory<PostgresNotificationsDbContext>
{
    public PostgresNotificationsDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresNotificationsDbContext>(NotificationsDbContext.MigrationsHistoryTable));
}
