using FamilyBridge.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyBridge.Notifications.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteNotificationsDbContext</c> build the context.</summary>
public sealed class SqliteNotificationsDbContextFactory : IDesignTimeDbContextFactory<SqliteNotificationsDbContext>
{
    public SqliteNotificationsDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteNotificationsDbContext>(NotificationsDbContext.MigrationsHistoryTable));
}
