using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Notifications.Data;

/// <summary>Carries the Sqlite migrations (Migrations/Sqlite).</summary>
public sealed class SqliteNotificationsDbContext(DbContextOptions<SqliteNotificationsDbContext> options) : NotificationsDbContext(options);
